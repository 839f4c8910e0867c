import { Fragment, useMemo, useState, type KeyboardEvent } from "react";
import { tokens } from "@fluentui/react-components";
import type { Serial } from "../../../src/model";
import { chaseCalendar, PLAN_DAYS, type PlanDay } from "../../../src/followup/chaseCalendar";
import { calendarFromSettings } from "../../../src/followup/calendarFromSettings";
import { translator, type Lang } from "../../../src/i18n/i18n";
import { planCatalog, type PlanT } from "../../../src/i18n/catalogs/plan";
import { formatIsoDate } from "../../../src/dates/serial";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { PlanDayLines } from "./PlanDayLines";


const ROW = { display: "grid", gridTemplateColumns: "6.5em 1fr 4.5em", alignItems: "center", columnGap: "8px" } as const;
/** Read out, not shown (the visible text is the compact form). */
const SCREEN_READER_ONLY = { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" } as const;
const BUTTON = {
  ...ROW,
  position: "relative",
  width: "100%",
  boxSizing: "border-box",
  padding: "2px 6px",
  border: `${tokens.strokeWidthThin} solid transparent`,
  borderRadius: tokens.borderRadiusMedium,
  background: "transparent",
  color: "inherit",
  font: "inherit",
  fontSize: tokens.fontSizeBase200,
  textAlign: "start",
  cursor: "pointer",
} as const;

/**
 * The next 31 days (issue 14, point 4): the chase load of each day from today — lines and suppliers,
 * with a bar — by the engine's plan (chaseCalendar). A day opens below itself with the lines behind
 * it, each one click from the Line view. Arrow keys move between days.
 */
export function PlanView() {
  const [state, store] = useApp();
  const { lang, t: paneT } = useI18n();
  const styles = useStyles();
  const t = useMemo(() => translator(planCatalog, lang), [lang]);
  const snapshot = state.snapshot;
  const plan = useMemo(
    () => (snapshot ? chaseCalendar(snapshot.statuses, calendarFromSettings(snapshot.settings), snapshot.settings, state.asOf) : []),
    [snapshot, state.asOf],
  );
  const [open, setOpen] = useState<Serial | null>(state.asOf);
  const most = Math.max(1, ...plan.map((d) => d.lines.length));
  const total = plan.reduce((n, d) => n + d.lines.length, 0);

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (!step) return;
    const days = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button[data-day]")];
    const at = days.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    days[Math.min(days.length - 1, Math.max(0, at + step))].focus();
  };

  return (
    <section className={styles.section} aria-labelledby="plan-title" data-testid="plan-view">
      <h2 id="plan-title" className={styles.h2}>
        {t("planTitle")}
      </h2>
      <div className={styles.muted}>{t("planIntro")}</div>
      <div data-testid="plan-total">{t("planTotal", { count: total })}</div>
      <div className={styles.muted} style={{ textAlign: "end", padding: "0 7px" }} aria-hidden="true">
        {t("planLegend")}
      </div>
      <ul className={styles.list} aria-label={t("planDaysLabel")} onKeyDown={moveFocus} style={{ gap: 0 }}>
        {plan.slice(0, PLAN_DAYS).map((day, index) => {
          const expanded = open === day.day;
          const panelId = `plan-day-${day.day}`;
          return (
            <Fragment key={day.day}>
              <li>
                <button
                  type="button"
                  style={{ ...BUTTON, ...(expanded ? { borderColor: tokens.colorBrandStroke1 } : null), ...(day.working ? null : { color: tokens.colorNeutralForeground3 }) }}
                  aria-expanded={expanded}
                  aria-controls={expanded ? panelId : undefined}
                  aria-current={index === 0 ? "date" : undefined}
                  onClick={() => setOpen(expanded ? null : day.day)}
                  data-testid="plan-day"
                  data-day={formatIsoDate(day.day)}
                  data-lines={day.lines.length}
                  data-suppliers={day.suppliers}
                  data-working={day.working}
                >
                  <span style={{ whiteSpace: "nowrap", fontWeight: index === 0 ? tokens.fontWeightSemibold : undefined }}>
                    {index === 0 ? t("planToday") : weekday(day.day, lang)} {formatIsoDate(day.day).slice(5)}
                  </span>
                  <Bar lines={day.lines.length} most={most} working={day.working} />
                  {day.working ? (
                    <span style={{ textAlign: "end", whiteSpace: "nowrap" }}>
                      <span aria-hidden="true">{`${day.lines.length} · ${day.suppliers}`}</span>
                      <span style={SCREEN_READER_ONLY}>{load(day, t)}</span>
                    </span>
                  ) : (
                    <span style={{ textAlign: "end", whiteSpace: "nowrap" }}>{t("planDayOff")}</span>
                  )}
                </button>
              </li>
              {expanded && (
                <li id={panelId}>
                  <PlanDayLines day={day} t={t} paneT={paneT} lang={lang} onOpenLine={store.openLine} />
                </li>
              )}
            </Fragment>
          );
        })}
      </ul>
    </section>
  );
}

/** The day's load as a bar (longest = the busiest day) on a faint track; days off have none. */
function Bar({ lines, most, working }: { lines: number; most: number; working: boolean }) {
  const share = working ? lines / most : 0;
  return (
    <span style={{ display: "block", height: "10px", borderRadius: "2px", background: working ? tokens.colorNeutralBackground3 : "transparent" }}>
      <span
        style={{
          display: "block",
          height: "100%",
          width: `${Math.round(share * 100)}%`,
          minWidth: lines > 0 ? "3px" : 0,
          borderRadius: "2px",
          background: tokens.colorBrandBackground,
        }}
      />
    </span>
  );
}

const weekdayFormats = new Map<Lang, Intl.DateTimeFormat>();
/** "Fri", "周五", "金" in the pane's language. */
function weekday(day: Serial, lang: Lang): string {
  let format = weekdayFormats.get(lang);
  if (!format) weekdayFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { weekday: "short", timeZone: "UTC" })));
  return format.format(new Date(`${formatIsoDate(day)}T00:00:00Z`));
}

/** "23 lines, 4 suppliers": what the compact "23 · 4" says, for screen readers. */
function load(day: PlanDay, t: PlanT): string {
  return t("planLoad", { lines: t("planLines", { count: day.lines.length }), suppliers: t("planSuppliers", { count: day.suppliers }) });
}

import type { PlanDay, PlannedChase } from "../../../src/followup/chaseCalendar";
import { formatIsoDate } from "../../../src/dates/serial";
import type { Lang } from "../../../src/i18n/i18n";
import type { T } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { lineSummary } from "../../components/lineLabels";
import type { PlanT } from "../../../src/i18n/catalogs/plan";

interface Props {
  day: PlanDay;
  t: PlanT;
  paneT: T;
  lang: Lang;
  onOpenLine: (key: string) => void;
}

/** The lines behind one day of the plan, by supplier; each opens the Line view. */
export function PlanDayLines({ day, t, paneT, lang, onOpenLine }: Props) {
  const styles = useStyles();
  const date = formatIsoDate(day.day);
  const headingId = `plan-lines-${day.day}`;
  return (
    <div className={styles.card} role="region" aria-labelledby={headingId} data-testid="plan-day-lines" style={{ margin: "4px 0 8px" }}>
      <h3 id={headingId} className={styles.h3}>
        {t("planDayHeading", { date })}
      </h3>
      {day.lines.length === 0 && <div className={styles.muted}>{t("planNothing")}</div>}
      {bySupplier(day.lines).map(([supplier, chases]) => (
        <div key={supplier || chases[0].status.line.key} data-testid="plan-supplier">
          <div style={{ fontWeight: 600 }}>{chases[0].status.line.supplier?.trim() || "?"}</div>
          <ul className={styles.list} aria-label={chases[0].status.line.supplier?.trim() || "?"}>
            {chases.map((chase) => (
              <li key={chase.status.line.key}>
                <button type="button" className={styles.lineRow} data-line-key={chase.status.line.key} onClick={() => onOpenLine(chase.status.line.key)}>
                  {lineSummary(chase.status, paneT, lang)}
                  {note(chase, t) && <span className={styles.muted}> · {note(chase, t)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** Lines grouped by supplier in the plan's order (by supplier); blank suppliers one group per line. */
function bySupplier(lines: readonly PlannedChase[]): [string, PlannedChase[]][] {
  const groups = new Map<string, PlannedChase[]>();
  for (const chase of lines) {
    const key = chase.supplier || `#${chase.status.line.key}`;
    const group = groups.get(key);
    if (group) group.push(chase);
    else groups.set(key, [chase]);
  }
  return [...groups];
}

function note(chase: PlannedChase, t: PlanT): string {
  if (chase.heldByGap) return t("planHeldByGap");
  if (chase.overdue && typeof chase.status.nextChase === "number") return t("planOverdue", { date: formatIsoDate(chase.status.nextChase) });
  return "";
}

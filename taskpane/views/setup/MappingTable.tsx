import { Select } from "@fluentui/react-components";
import type { FieldKey } from "../../../src/model";
import type { ParsedRegister } from "../../../src/register/parseRegister";
import { FIELDS } from "../../../src/register/fields";
import { fieldLabel } from "../../../src/register/fields";
import { columnLetter } from "../../../src/register/columnLetter";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";

export interface MappingTableProps {
  parsed: ParsedRegister;
  /** Header texts by column index (of the register block). */
  headers: readonly string[];
  onChange: (field: FieldKey, column: number | null) => void;
}

/** field ← header, with the match's confidence; a dropdown per field fixes a wrong guess. */
export function MappingTable({ parsed, headers, onChange }: MappingTableProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const byField = new Map(parsed.detection.matches.map((m) => [m.field, m]));
  return (
    <div className={styles.section}>
      <h4 className={styles.h3} id="mapping-title" style={{ margin: 0 }}>
        {t("mappingTitle")}
      </h4>
      <p className={styles.muted} style={{ margin: 0 }}>
        {t("mappingHelp")}
      </p>
      <table className={styles.table} aria-labelledby="mapping-title" data-testid="mapping-table">
        <thead>
          <tr>
            <th scope="col">{t("colField")}</th>
            <th scope="col">{t("colColumn")}</th>
            <th scope="col">{t("colConfidence")}</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map(({ key, required }) => {
            const match = byField.get(key);
            const label = fieldLabel(key, lang);
            return (
              <tr key={key} data-field={key} data-column={match ? match.column : ""}>
                <th scope="row" style={{ fontWeight: required ? 600 : 400 }}>
                  {label}
                  {required ? ` (${t("required")})` : ""}
                </th>
                <td>
                  <Select
                    size="small"
                    aria-label={label}
                    value={match ? String(match.column) : ""}
                    onChange={(_, d) => onChange(key, d.value === "" ? null : Number(d.value))}
                  >
                    <option value="">{t("notMapped")}</option>
                    {headers.map((header, column) =>
                      header ? (
                        <option key={column} value={String(column)}>
                          {columnLetter(column)}: {header}
                        </option>
                      ) : null,
                    )}
                  </Select>
                </td>
                <td className={styles.muted}>{match ? t(`confidence_${match.confidence}`) : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue, Severity } from "../../domain/issues";
import { remarkKind } from "../../domain/messages";
import { filterRemarks, groupRemarks, unitsOf, type RemarkFilter } from "../../domain/remarkGroups";
import { useLocale, useT } from "../i18n";
import { IssueItems } from "./IssueList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  filters: { display: "flex", flexWrap: "wrap", gap: "8px" },
  filter: { flexGrow: 1, flexBasis: "140px", minWidth: 0, maxWidth: "100%" },
  // A native select is as wide as its longest option unless told otherwise; long unit names must not widen the pane.
  select: { width: "100%", minWidth: 0 },
  selectElement: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  file: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  header: { minWidth: 0 },
  severity: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

/**
 * Remarks grouped by file (or sheet) and kind, with counts — «Відсутні заходи: 22» opens to the 22 —
 * filterable by severity and by unit; a remark that names a cell in this workbook can show it.
 */
export function RemarkGroups({
  issues,
  unitOf,
  onShow,
  titleKey = "remarks.title",
  placeOf,
}: {
  issues: readonly Issue[];
  unitOf: (issue: Issue) => string | null;
  /** The heading a remark is grouped under: its file (or sheet) unless told otherwise. */
  placeOf?: (issue: Issue) => string;
  onShow?: (sheet: string, cell: string) => void;
  titleKey?: "remarks.title" | "check.issuesTitle";
}) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [filter, setFilter] = useState<RemarkFilter>({ severity: "all", unit: null });
  if (issues.length === 0) return <Text>{tr("check.noIssues")}</Text>;
  const units = unitsOf(issues, unitOf);
  const files = groupRemarks(filterRemarks(issues, filter, unitOf), placeOf);
  return (
    <section className={styles.root} aria-label={tr(titleKey, { count: issues.length })} data-testid="remarks">
      <Text weight="semibold">{tr(titleKey, { count: issues.length })}</Text>
      <div className={styles.filters}>
        <Field label={tr("remarks.severity")} className={styles.filter}>
          <Select className={styles.select} select={{ className: styles.selectElement }} value={filter.severity} onChange={(_, d) => setFilter({ ...filter, severity: d.value as Severity | "all" })}>
            {(["all", "error", "warning", "info"] as const).map((s) => (
              <option key={s} value={s}>{tr(`check.filter.${s}`)}</option>
            ))}
          </Select>
        </Field>
        {units.length > 1 && (
          <Field label={tr("remarks.unit")} className={styles.filter}>
            <Select className={styles.select} select={{ className: styles.selectElement }} value={filter.unit ?? ""} onChange={(_, d) => setFilter({ ...filter, unit: d.value === "" ? null : d.value })}>
              <option value="">{tr("remarks.allUnits")}</option>
              {units.map((u) => (
                <option key={u} value={u}>{u}</option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {files.length === 0 && <Text>{tr("remarks.none")}</Text>}
      {files.map((f) => (
        <div key={f.file} className={styles.file}>
          <Text weight="semibold" as="h3" size={300}>{tr("remarks.file", { file: f.file === "" ? tr("remarks.noFile") : f.file, count: f.count })}</Text>
          <Accordion multiple collapsible>
            {f.groups.map((g) => (
              <AccordionItem key={g.code} value={g.code}>
                <AccordionHeader size="small" className={styles.header}>
                  <span>
                    {tr("remarks.group", { kind: remarkKind(locale, g.code, g.issues[0] as Issue), count: g.issues.length })}
                    <span className={styles.severity}> · {tr(`severity.${g.severity}`)}</span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <IssueItems issues={g.issues} hidePlace onShow={onShow} severity={g.issues.some((i) => i.severity !== g.severity)} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
      ))}
    </section>
  );
}

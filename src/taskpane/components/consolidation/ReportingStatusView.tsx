import {
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Field,
  makeStyles,
  Select,
  TableCellLayout,
  Text,
  Textarea,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import type { WorkflowStatus } from "../../../domain/consolidation/operations";
import { compareUnitStatus, notReported, reminderText, ukrainianDate, type StatusColumn, type UnitReportStatus } from "../../../domain/consolidation/reportingStatus";
import { periodLabel } from "../../../domain/programme/referenceLists";
import { copyText } from "../../clipboard";
import { useLocale, useT } from "../../i18n";
import { Notice } from "../Notice";

/** Below this width (a 320 px pane at 150% zoom, a 450 px one at 200%) three columns leave too little room for their words. */
const NARROW = "@media (max-width: 300px)";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  grid: { minWidth: 0 },
  // Narrow: each unit takes the whole line, its state and rows under it.
  row: { [NARROW]: { flexWrap: "wrap", paddingBottom: "4px" } },
  unit: { flexGrow: 16, flexBasis: 0, minWidth: 0, [NARROW]: { flexBasis: "100%" } },
  state: { flexGrow: 11, flexBasis: 0, minWidth: 0 },
  rows: { flexGrow: 8, flexBasis: 0, minWidth: 0 },
  text: { overflowWrap: "break-word", minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  selectElement: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

/**
 * «Стан звітування»: every unit expected to report for the period with its state, sortable by unit,
 * state or rows; «Копіювати список» puts the units that have not reported on the clipboard for a reminder.
 */
export function ReportingStatusView({ status, period, onPeriod, today }: { status: WorkflowStatus; period: string | null; onPeriod: (period: string | null) => void; today: string }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [copied, setCopied] = useState<{ ok: boolean; count: number; text: string } | null>(null);
  const columns = useMemo((): TableColumnDefinition<UnitReportStatus>[] => {
    const column = (columnId: StatusColumn, header: string, cell: (u: UnitReportStatus) => ReactNode) =>
      createTableColumn<UnitReportStatus>({ columnId, compare: compareUnitStatus[columnId], renderHeaderCell: () => header, renderCell: cell });
    return [
      column("unit", tr("status.col.unit"), (u) => (
        <TableCellLayout
          className={styles.text}
          description={[u.submitted === null ? "" : tr("status.submitted", { date: ukrainianDate(u.submitted) }), u.byConsent ? tr("status.byConsent") : ""].filter((x) => x !== "").join(" · ")}
        >
          {u.shortName}
        </TableCellLayout>
      )),
      column("state", tr("status.col.state"), (u) => <Text size={200} className={styles.text}>{tr(`status.state.${u.state}`)}</Text>),
      column("rows", tr("status.col.rows"), (u) => <Text size={200} className={styles.text}>{tr("status.rows", { received: u.received, expected: u.expected })}</Text>),
    ];
  }, [tr, styles]);
  const reporting = status.reporting;
  if (reporting === null || status.period === null) return null;
  const missing = notReported(reporting);
  const copy = async () => {
    const text = reminderText(locale, reporting, periodLabel(status.period?.code ?? reporting.period, locale), today);
    setCopied({ ok: await copyText(text), count: missing.length, text });
  };
  return (
    <section className={styles.root} aria-labelledby="status-heading" data-testid="reporting-status">
      <Text as="h3" id="status-heading" size={400} weight="semibold">
        {tr("status.title")}
      </Text>
      <Field label={tr("consolidation.period")}>
        <Select className={styles.select} select={{ className: styles.selectElement }} value={period ?? status.period.code} onChange={(_, d) => onPeriod(d.value)}>
          {status.periods.map((p) => (
            <option key={p.code} value={p.code}>{periodLabel(p.code, locale)}</option>
          ))}
        </Select>
      </Field>
      <Text>{tr("step.consolidation.reports", { period: periodLabel(status.period.code, locale), ...reporting.counts })}</Text>
      <DataGrid items={[...reporting.units]} columns={columns} sortable defaultSortState={{ sortColumn: "state", sortDirection: "ascending" }} getRowId={(u: UnitReportStatus) => u.code} size="small" className={styles.grid} aria-label={tr("status.title")}>
        <DataGridHeader>
          <DataGridRow className={styles.row}>
            {({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={styles[columnId as StatusColumn & keyof typeof styles]}>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<UnitReportStatus>>
          {({ item, rowId }) => (
            <DataGridRow<UnitReportStatus> key={rowId} className={styles.row} data-testid={`status-${item.code}`}>
              {({ renderCell, columnId }) => <DataGridCell className={styles[columnId as StatusColumn & keyof typeof styles]}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
      {missing.length === 0 ? (
        <Notice intent="success" text={tr("status.allReported")} />
      ) : (
        <div>
          <Button onClick={() => void copy()}>{tr("status.copy")}</Button>
        </div>
      )}
      {copied?.ok === true && <Notice intent="success" role="status" testId="copied" text={tr("status.copied", { count: copied.count })} />}
      {copied?.ok === false && (
        <>
          <Notice intent="warning" role="alert" text={tr("status.copyFailed")} />
          <Field label={tr("status.copyText")}>
            <Textarea readOnly value={copied.text} resize="vertical" rows={6} />
          </Field>
        </>
      )}
    </section>
  );
}

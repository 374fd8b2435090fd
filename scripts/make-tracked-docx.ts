// Builds tests/fixtures/documents/tracked-changes.docx with the maintained `docx` library: a matrix with tracked
// changes (a deleted word that must not be read, an inserted one that must), a comment, a bookmark, a field,
// a soft hyphen, a non-breaking space, several paragraphs and a line break in a cell, a vertically merged task
// cell and a horizontally merged title row. Run: npx tsx scripts/make-tracked-docx.ts
import { writeFileSync } from "node:fs";
import { Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, SimpleField, Table, TableCell, TableRow, TextRun, VerticalMergeType } from "docx";

const p = (...runs: (TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd | Bookmark | SimpleField)[]) => new Paragraph({ children: runs });
const cell = (children: Paragraph[], opts: { vMerge?: "restart" | "continue"; span?: number } = {}) =>
  new TableCell({ children, ...(opts.span ? { columnSpan: opts.span } : {}), ...(opts.vMerge ? { verticalMerge: opts.vMerge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}) });
const text = (t: string) => p(new TextRun(t));
const when = { author: "Обласна адміністрація", date: "2024-05-01T10:00:00Z" };

const table = new Table({
  rows: [
    new TableRow({ children: [cell([text("Матриця заходів програми")], { span: 4 })] }),
    new TableRow({ children: ["Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці"].map((h) => cell([text(h)])) }),
    new TableRow({
      children: [
        cell([p(new Bookmark({ id: "task1", children: [new TextRun("1. Профілактика торгівлі людьми")] }))], { vMerge: "restart" }),
        cell([p(new TextRun("1) проведення "), new DeletedTextRun({ id: 1, text: "старих ", ...when }), new InsertedTextRun({ id: 2, text: "інформаційних ", ...when }), new TextRun("занять"))]),
        cell([p(new TextRun("2024\u00A0рік"))]),
        cell([p(new CommentRangeStart(0), new TextRun("Служба у справах дітей обласної державної адміністрації"), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })), text("органи місцевого самоврядування (за згодою)")]),
      ],
    }),
    new TableRow({
      children: [
        cell([text("")], { vMerge: "continue" }),
        cell([p(new TextRun({ text: "2) інфор\u00ADмування населення", break: 0 }), new TextRun({ text: "через медіа", break: 1 }))]),
        cell([p(new SimpleField("DATE \\@ yyyy", "2025"), new TextRun(" рік"))]),
        cell([text("Служба у справах дітей обласної державної адміністрації")]),
      ],
    }),
  ],
});

const doc = new Document({
  comments: { children: [{ id: 0, author: "Юрист", date: new Date("2024-05-01T10:00:00Z"), children: [text("Уточнити назву служби")] }] },
  sections: [{ children: [text("ЗАВДАННЯ І ЗАХОДИ"), table] }],
});
void Packer.toBuffer(doc).then((b) => writeFileSync("tests/fixtures/documents/tracked-changes.docx", b));

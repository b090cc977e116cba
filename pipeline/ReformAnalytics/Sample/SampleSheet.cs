using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// One ledger table written: the sheet name (empty for a CSV file), its ledger, how many task rows it holds,
/// and the shapes it shows (<c>title_rows</c>, <c>two_row_header</c>, <c>section_rows</c>, <c>group_column</c>,
/// <c>hidden_column</c>, <c>typed_cells</c>, <c>line_break_lists</c>, <c>reordered_rows</c>, <c>blank_rows</c>,
/// <c>note_rows</c>, <c>total_row</c>, and the template as <c>template_X</c>; as rendered, <c>section_headings</c> or
/// <c>numbered_headings</c> over sub-tasks and <c>hidden_rows</c>).
/// </summary>
public sealed record SampleSheet(string Name, Ledger Ledger, int TaskRows, IReadOnlyList<string> Features);

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// The shape of one ledger table as a unit of the office sends it: title rows, columns and their headers
/// (two header rows when a column has a band), section rows per special group (序号 restarting under each),
/// typed cells (Excel dates and percents, xlsx only), the separator of multi-value cells, the row order,
/// blank rows between sections, and a total row (合计：共N项) and note rows at the bottom. Sub-tasks stand under a section
/// row （一）深化… of their own with <see cref="SectionHeadings"/> (a table with sections only), else under a numbered row
/// (3 over 3.1, 3.2).
/// </summary>
internal sealed record SheetLayout(
    string Template,
    IReadOnlyList<LayoutColumn> Columns,
    IReadOnlyList<string> Titles,
    bool Sections,
    bool Typed,
    string CoUnitSeparator,
    RowOrder Order,
    bool BlankRows,
    IReadOnlyList<string> Notes,
    bool SectionHeadings = false)
{
    public bool TwoRowHeader => Columns.Any(c => c.Band is not null);

    /// <summary>Short names of the shapes this layout shows, for the manifest.</summary>
    public IReadOnlyList<string> Features()
    {
        var features = new List<string> { "template_" + Template };
        Add(features, Titles.Count > 0, "title_rows");
        Add(features, TwoRowHeader, "two_row_header");
        Add(features, Sections, "section_rows");
        Add(features, Columns.Any(c => c.Column == Reading.CanonicalColumn.SpecialGroup), "group_column");
        Add(features, Columns.Any(c => c.Hidden), "hidden_column");
        Add(features, Typed, "typed_cells");
        Add(features, CoUnitSeparator == "\n", "line_break_lists");
        Add(features, Order != RowOrder.Base, "reordered_rows");
        Add(features, BlankRows, "blank_rows");
        Add(features, Notes.Count > 0, "note_rows");
        Add(features, Notes.Count > 0, "total_row");
        return features;
    }

    private static void Add(List<string> features, bool condition, string name)
    {
        if (condition)
        {
            features.Add(name);
        }
    }
}

using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

/// <summary>Compares a read row with the expected one cell by cell: listed columns by text, every other column empty.</summary>
internal static class RowAssert
{
    public static void Cells(RawLedgerRow row, int sourceRow, string? section, params (CanonicalColumn Column, string Text)[] expected)
    {
        Assert.Equal(sourceRow, row.SourceRow);
        Assert.Equal(section, row.SectionGroup);
        Assert.Equal(CanonicalColumnNames.Count, row.Cells.Length);
        foreach (var column in Enum.GetValues<CanonicalColumn>())
        {
            var want = expected.Where(e => e.Column == column).Select(e => e.Text).SingleOrDefault();
            var got = row[column];
            if (want is null)
            {
                Assert.True(got.IsEmpty, $"row {sourceRow}: {column} should be empty but holds “{got.Text}”");
            }
            else
            {
                Assert.True(want == got.Text, $"row {sourceRow}: {column} expected “{want}” but was “{got.Text}”");
            }
        }
    }
}

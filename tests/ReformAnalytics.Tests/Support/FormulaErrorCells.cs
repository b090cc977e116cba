using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Support;

/// <summary>
/// Cells showing an Excel formula error (#DIV/0!, #N/A) in a workbook <see cref="XlsxWriter"/> wrote: each is written
/// as a marked text cell (<see cref="Cell"/>), then <see cref="WriteInto"/> turns it into the cell Excel saves for a formula
/// whose result is an error, <c>&lt;c r="E2" t="e"&gt;&lt;f&gt;C2/D2&lt;/f&gt;&lt;v&gt;#DIV/0!&lt;/v&gt;&lt;/c&gt;</c>.
/// </summary>
internal static partial class FormulaErrorCells
{
    /// <summary>A cell whose formula <paramref name="formula"/> (no =) gives <paramref name="error"/>.</summary>
    public static XlsxCell Cell(string formula, string error) => XlsxCell.Of($"§{formula}§{error}");

    /// <summary>Every marked cell of <paramref name="part"/> written as an error cell; <paramref name="more"/> changes the part's XML further.</summary>
    public static void WriteInto(string path, string part, Func<string, string>? more = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var changed = Marked().Replace(xml, "t=\"e\"><f>$1</f><v>$2</v></c>");
        if (changed == xml)
        {
            throw new InvalidOperationException($"No marked cell in {part}.");
        }

        changed = more is null ? changed : more(changed);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(changed);
    }

    [GeneratedRegex("t=\"inlineStr\"><is><t xml:space=\"preserve\">§([^§<]*)§([^<]*)</t></is></c>")]
    private static partial Regex Marked();
}

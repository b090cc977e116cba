using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads a web page saved with a spreadsheet extension (office systems often export .xls this way, and Excel
/// saves one as 网页): every top-level <c>&lt;table&gt;</c> is a sheet, as Excel shows the page when it opens it.
/// <list type="bullet">
/// <item>text before a table (a heading, a paragraph) gives rows above it, one per line: the title rows;</item>
/// <item><c>rowspan</c>/<c>colspan</c> are merged cells, every cell of the range holding the value;</item>
/// <item><c>&lt;br&gt;</c> and the ends of paragraphs are line breaks within a cell, other whitespace runs are one space,
/// entities are decoded, and scripts, styles and the page head are left out;</item>
/// <item>the encoding: a byte-order mark, else strict UTF-8, else strict GB18030 (what a page declaring gb2312 or
/// gbk is);</item>
/// <item>a row hidden by its style (<c>&lt;tr style="display:none"&gt;</c>, as Excel saves a row the office hid) is read, and
/// marked hidden, as a workbook's hidden row is; so is a column hidden by its <c>&lt;col&gt;</c>'s style
/// (<c>&lt;col style="display:none"&gt;</c>, <c>span</c> counted, as Excel saves a hidden column), or one whose every cell of its
/// own (not merged across others) that says so is hidden by its style and none is shown (<c>&lt;td style="display:none"&gt;</c>);</item>
/// <item>a single-file web page (MHTML, .mht) is refused, with how to save it instead.</item>
/// </list>
/// A page of one table reads like a CSV file (no sheet name); of several, the sheets are named 表1, 表2, ….
/// </summary>
internal static partial class HtmlTableReader
{
    private const int MaxRowSpan = 1_000;
    private const int MaxColumnSpan = 100;
    private const int MaxColumns = 16_384;

    public static IReadOnlyList<LedgerTable> Read(Stream stream, string file, ReadOptions options, CancellationToken ct)
    {
        if (stream.Length > options.MaxUnpackedBytes)
        {
            throw new LedgerInputException(file, ReadingMessages.TooLargeUnpacked(stream.Length, options.MaxUnpackedBytes));
        }

        var text = Decode(stream, file);
        if (text.AsSpan().TrimStart().StartsWith("mime-version:", StringComparison.OrdinalIgnoreCase))
        {
            throw new LedgerInputException(file, ReadingMessages.SingleFileWebPage);
        }

        var grids = PageGrids.Of(text, file, ct);
        if (grids.Count == 0)
        {
            throw new LedgerInputException(file, ReadingMessages.WebPageWithoutTable);
        }
        var tables = new SheetTables(file);
        for (var i = 0; i < grids.Count; i++)
        {
            var sheet = grids.Count == 1 ? string.Empty : $"表{i + 1}";
            tables.Add(LedgerTableParser.Parse(new GridListSource(sheet, grids[i].Rows, grids[i].HiddenColumns, hiddenRows: grids[i].HiddenRows), file, options, ct), sheet);
        }

        return tables.Finish();
    }

    private static string Decode(Stream stream, string file)
    {
        var detected = TextEncodingDetector.Detect(stream, file);
        var bytes = new byte[stream.Length - detected.PreambleLength];
        stream.Position = detected.PreambleLength;
        stream.ReadExactly(bytes);
        try
        {
            return detected.Encoding.GetString(bytes);
        }
        catch (DecoderFallbackException) when (detected.IsGuess)
        {
            // An ASCII start (the markup) made UTF-8 a guess, and the Chinese text proved it wrong.
            try
            {
                return TextEncodingDetector.Gb18030([], whole: false, file).Encoding.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                throw new LedgerInputException(file, ReadingMessages.Undecodable, inner: e);
            }
        }
    }

    /// <summary>The top-level tables of a page, each as rows of cells with its title rows above it, and the indexes of the rows it hides.</summary>
    private sealed class PageGrids(string file)
    {
        private readonly List<(List<CellValue[]> Rows, HashSet<int> HiddenRows, bool[] HiddenColumns)> _grids = [];
        private HashSet<int> _hiddenRows = [];
        private List<bool> _hiddenByCol = [];
        private Dictionary<int, (int Hidden, int Shown)> _cellsByColumn = [];
        private readonly StringBuilder _text = new();
        private readonly MergedGrid _grid = new(file);
        private int _depth;
        private int _row = -1;
        private int _column;
        private int _titleRows;
        private (int RowSpan, int ColumnSpan, bool Hidden)? _open;

        public static List<(List<CellValue[]> Rows, HashSet<int> HiddenRows, bool[] HiddenColumns)> Of(string page, string file, CancellationToken ct)
        {
            var grids = new PageGrids(file);
            var at = 0;
            foreach (Match tag in Markup().Matches(page))
            {
                ct.ThrowIfCancellationRequested();
                grids.Text(page.AsSpan(at, tag.Index - at));
                at = tag.Index + tag.Length;
                if (tag.Groups["name"].Success)
                {
                    grids.Tag(tag.Groups["name"].Value.ToLowerInvariant(), tag.Groups["close"].Length > 0, tag.Groups["attributes"].Value);
                }
            }

            grids.Text(page.AsSpan(at));
            if (grids._depth > 0)
            {
                // A page cut short inside a table: what arrived is the table, as a browser or Excel shows it.
                grids.EndCell();
                grids.EndTable();
            }

            return grids._grids;
        }

        /// <summary>Text outside tables (a title) or inside an open cell; whitespace runs become one space.</summary>
        private void Text(ReadOnlySpan<char> raw)
        {
            if (_depth > 0 && _open is null)
            {
                return;
            }

            foreach (var ch in raw)
            {
                if (ch is ' ' or '\t' or '\r' or '\n' or '\f')
                {
                    if (_text.Length > 0 && _text[^1] is not (' ' or '\n'))
                    {
                        _text.Append(' ');
                    }
                }
                else
                {
                    _text.Append(ch);
                }
            }
        }

        private void Tag(string name, bool close, string attributes)
        {
            switch (name)
            {
                case "table" when !close:
                    if (_depth++ == 0)
                    {
                        StartTable();
                    }

                    break;
                case "table":
                    if (_depth > 0 && --_depth == 0)
                    {
                        EndCell();
                        EndTable();
                    }

                    break;
                case "tr" when _depth == 1:
                    EndCell();
                    if (!close)
                    {
                        _row++;
                        _column = 0;
                        if (HiddenByStyle(attributes))
                        {
                            _hiddenRows.Add(_row);
                        }
                    }

                    break;
                case "td" or "th" when _depth == 1:
                    EndCell();
                    if (!close)
                    {
                        _row = Math.Max(_row, _titleRows); // a cell before any <tr>
                        _text.Clear();
                        _open = (Span(attributes, "rowspan", MaxRowSpan), Span(attributes, "colspan", MaxColumnSpan), HiddenByStyle(attributes));
                    }

                    break;
                case "col" when _depth == 1 && !close && _hiddenByCol.Count < MaxColumns:
                    _hiddenByCol.AddRange(Enumerable.Repeat(HiddenByStyle(attributes), Span(attributes, "span", MaxColumnSpan)));
                    break;
                case "br" or "p" or "div" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "tr" or "table":
                    if (_depth == 0 || _open is not null)
                    {
                        _text.Append('\n'); // a line break, or a row of a table inside a cell
                    }

                    break;
            }
        }

        private void StartTable()
        {
            // The text before the table: its lines are the rows above it, as Excel shows the page.
            foreach (var line in Lines(_text.ToString()))
            {
                _grid.Fill(_grid.RowCount, 0, 1, 1, CellValue.FromText(line));
            }

            _text.Clear();
            _titleRows = _grid.RowCount;
            _row = _titleRows - 1;
            _column = 0;
            _open = null;
        }

        private void EndCell()
        {
            if (_open is not { } span)
            {
                return;
            }

            while (_grid.Occupied(_row, _column))
            {
                _column++;
            }

            var text = string.Join('\n', Lines(_text.ToString()));
            var value = text.Length == 0 ? CellValue.Empty : ExcelErrors.TextOrError(text);
            _grid.Fill(_row, _column, span.RowSpan, span.ColumnSpan, value);
            if (span.ColumnSpan == 1)
            {
                var (hidden, shown) = _cellsByColumn.GetValueOrDefault(_column);
                _cellsByColumn[_column] = span.Hidden ? (hidden + 1, shown) : (hidden, shown + 1);
            }

            _column += span.ColumnSpan;
            _open = null;
            _text.Clear();
        }

        private void EndTable()
        {
            _grids.Add((_grid.Take(), _hiddenRows, HiddenColumns()));
            _hiddenRows = [];
            _hiddenByCol = [];
            _cellsByColumn = [];
            _text.Clear();
        }

        /// <summary>The table's hidden columns: by its <c>&lt;col&gt;</c> elements, or by cells of their own all hidden by their style.</summary>
        private bool[] HiddenColumns()
        {
            var width = Math.Max(_hiddenByCol.Count, _cellsByColumn.Count == 0 ? 0 : _cellsByColumn.Keys.Max() + 1);
            var hidden = new bool[width];
            for (var c = 0; c < width; c++)
            {
                hidden[c] = (c < _hiddenByCol.Count && _hiddenByCol[c])
                    || (_cellsByColumn.TryGetValue(c, out var cells) && cells.Hidden > 0 && cells.Shown == 0);
            }

            return hidden;
        }

        private static IEnumerable<string> Lines(string text) =>
            WebUtility.HtmlDecode(text).Split('\n').Select(l => l.Trim(' ', '\u00A0', '\u3000', '\t')).Where(l => l.Length > 0);

        /// <summary>Whether a tag's own style hides it (<c>style="display:none"</c>; Excel writes <c>style='display:none'</c>).</summary>
        private static bool HiddenByStyle(string attributes) => Attribute(attributes, "style") is { } style && DisplayNone().IsMatch(style);

        private static int Span(string attributes, string name, int max) =>
            Attribute(attributes, name) is { } value && int.TryParse(value, out var n) ? Math.Clamp(n, 1, max) : 1;

        private static string? Attribute(string attributes, string name)
        {
            foreach (Match m in Attributes().Matches(attributes))
            {
                if (m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return m.Groups["value"].Value;
                }
            }

            return null;
        }
    }

    /// <summary>Comments, the head, scripts and styles (left out whole), and every other tag.</summary>
    [GeneratedRegex(@"<!--.*?-->|<(?:head|script|style)\b[^>]*>.*?</(?:head|script|style)\s*>|<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>[^>]*)>|<![^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisplayNone();

    [GeneratedRegex(@"(?<name>[a-zA-Z:-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.CultureInvariant)]
    private static partial Regex Attributes();
}

using System.Buffers;
using System.Text;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// A CSV/TSV file as a grid, parsed in one streaming pass over a reused char buffer: RFC 4180 quoting
/// (quoted fields may hold delimiters, doubled quotes and line breaks; stray text after a closing quote is kept),
/// line ends CRLF, LF or CR. Cells are text only (<see cref="CellValue.FromText"/>); an empty field is
/// <see cref="CellValue.Empty"/>; a text formula (="001") is its text; a field that is one of Excel's formula errors
/// (#N/A, #DIV/0!, as a sheet saved as CSV shows them) is an empty cell showing that error, as an .xlsx's error cell is.
/// <see cref="RowNumber"/> counts records, as Excel shows them when it opens the file.
/// </summary>
internal sealed class DelimitedTextSource : IGridSource, IDisposable
{
    private const int BufferChars = 1 << 16;
    private readonly StreamReader _reader;
    private readonly string _file;
    private readonly DetectedEncoding _encoding;
    private readonly SearchValues<char> _stops;
    private readonly char[] _buffer = new char[BufferChars];
    private readonly StringPool _pool = new();
    private int _pos;
    private int _len;
    private bool _eof;
    private CellValue[] _cells = new CellValue[32];
    private int _count;
    private char[] _field = new char[256];
    private int _fieldLength;
    private int _row;

    public DelimitedTextSource(Stream stream, DetectedEncoding encoding, string file)
    {
        stream.Position = encoding.PreambleLength;
        _reader = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        _file = file;
        _encoding = encoding;
        Refill();
        Delimiter = DelimiterDetector.Detect(_buffer.AsSpan(0, _len));
        _stops = SearchValues.Create([Delimiter, '\r', '\n']);
    }

    public char Delimiter { get; }

    public string SheetName => string.Empty;

    public int RowNumber => _row;

    public ReadOnlySpan<CellValue> Current => _cells.AsSpan(0, _count);

    public bool IsColumnHidden(int column) => false;

    public bool IsRowHidden => false;

    public bool MoveNext()
    {
        if (!EnsureData())
        {
            _count = 0;
            return false;
        }

        _row++;
        _count = 0;
        while (true)
        {
            _fieldLength = 0;
            if (!EnsureData())
            {
                AddCell([]);
                return true;
            }

            if (_buffer[_pos] == '"')
            {
                _pos++;
                ReadQuoted();
            }

            var stop = ReadToStop();
            if (stop != Delimiter)
            {
                return true;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Reads the field's (rest of) text up to a delimiter or line end; returns the delimiter, '\n' or '\0' at the end of the file.</summary>
    private char ReadToStop()
    {
        while (true)
        {
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var idx = span.IndexOfAny(_stops);
            if (idx < 0)
            {
                Append(span);
                _pos = _len;
                if (!Refill())
                {
                    AddCell(_field.AsSpan(0, _fieldLength));
                    return '\0';
                }

                continue;
            }

            if (_fieldLength == 0)
            {
                AddCell(span[..idx]);
            }
            else
            {
                Append(span[..idx]);
                AddCell(_field.AsSpan(0, _fieldLength));
            }

            var stop = span[idx];
            _pos += idx + 1;
            if (stop == '\r')
            {
                if (EnsureData() && _buffer[_pos] == '\n')
                {
                    _pos++;
                }

                return '\n';
            }

            return stop;
        }
    }

    private void ReadQuoted()
    {
        var startRow = _row;
        while (true)
        {
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var idx = span.IndexOf('"');
            if (idx < 0)
            {
                Append(span);
                _pos = _len;
                if (!Refill())
                {
                    throw new LedgerInputException(_file, ReadingMessages.UnterminatedQuote, row: startRow);
                }

                continue;
            }

            Append(span[..idx]);
            _pos += idx + 1;
            if (!EnsureData() || _buffer[_pos] != '"')
            {
                return;
            }

            Append("\"");
            _pos++;
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var needed = _fieldLength + text.Length;
        if (needed > _field.Length)
        {
            Array.Resize(ref _field, Math.Max(needed, _field.Length * 2));
        }

        text.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength = needed;
    }

    private void AddCell(ReadOnlySpan<char> text)
    {
        if (_count == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
        }

        _cells[_count++] = text.IsEmpty ? CellValue.Empty
            : text.Length >= 3 && text[0] == '=' && text[1] == '"' && text[^1] == '"' ? Formula(text[2..^1])
            : ExcelErrors.Known(text) is { } error ? CellValue.FromError(error)
            : new CellValue(_pool.Get(text));
    }

    /// <summary>
    /// A cell written as a text formula, as systems exporting CSV for Excel keep 001 or 2024-06 from being turned into
    /// a number or a date (="001"): its text, quotes within it written once.
    /// </summary>
    private CellValue Formula(ReadOnlySpan<char> inner) =>
        inner.IsEmpty ? CellValue.Empty
        : ExcelErrors.Known(inner) is { } error ? CellValue.FromError(error)
        : inner.Contains('"') ? new CellValue(_pool.Get(inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal)))
        : new CellValue(_pool.Get(inner));

    private bool EnsureData() => _pos < _len || Refill();

    private bool Refill()
    {
        if (_eof)
        {
            return false;
        }

        _pos = 0;
        try
        {
            _len = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException ex) when (_encoding.IsGuess)
        {
            throw new TextEncodingMismatchException(ex.Message, ex);
        }
        catch (DecoderFallbackException ex)
        {
            var message = _encoding.Name == "UTF-8" ? ReadingMessages.MixedEncoding : ReadingMessages.DecodeFailed(_encoding.Name);
            throw new LedgerInputException(_file, message, row: _row + 1, inner: ex);
        }

        _eof = _len == 0;
        return !_eof;
    }
}

namespace ReformAnalytics.Reading;

/// <summary>Tells what a header cell names: the user's map first, then <see cref="ColumnAliases"/>.</summary>
internal sealed class HeaderMatcher(ColumnMap? map)
{
    private const int LongestHeader = 40;
    private readonly Dictionary<string, HeaderMatch> _cache = new(StringComparer.Ordinal);

    public HeaderMatch Match(in CellValue cell)
    {
        var trimmed = CellText.Trimmed(cell);
        if (trimmed.IsEmpty)
        {
            return HeaderMatch.None;
        }

        if (trimmed.Length > LongestHeader)
        {
            return HeaderMatch.Unknown;
        }

        var text = cell.Text!;
        if (_cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var match = Resolve(text);
        _cache[text] = match;
        return match;
    }

    private HeaderMatch Resolve(string text)
    {
        if (map is not null && map.TryResolve(text, out var mapped))
        {
            return mapped is { } column ? new HeaderMatch(HeaderMatchKind.Column, column) : new HeaderMatch(HeaderMatchKind.Ignored);
        }

        return ColumnAliases.TryMatch(text, out var alias)
            ? new HeaderMatch(HeaderMatchKind.Column, alias.Column, alias.IsResponsibilityUnit, alias.SecondChoice, alias.Otherwise)
            : HeaderMatch.Unknown;
    }
}

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>One column as docs/schema.md describes it: its Chinese label (中文) and its meaning as written there.</summary>
internal sealed record ColumnDoc(string Label, string Meaning)
{
    /// <summary>Where a clause of the (English) meaning ends: a semicolon, colon or full stop before a space, a bracket, a dash.</summary>
    private static readonly string[] ClauseEnds = ["; ", ": ", ". ", " (", " — "];

    /// <summary>
    /// The meaning up to the end of its first clause (<see cref="ClauseEnds"/>), without Markdown's backticks: what fits
    /// beside the column at the prompt; the whole text stays in docs/schema.md. Punctuation written as content
    /// (split on 、，；;/) ends nothing.
    /// </summary>
    public string FirstClause
    {
        get
        {
            var text = Meaning.Replace("`", string.Empty, StringComparison.Ordinal).Trim();
            var end = ClauseEnds.Select(e => text.IndexOf(e, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
            return text[..end].TrimEnd('.', ';', ':', ',');
        }
    }
}

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// Whether the text typed at the <c>reform sql</c> prompt so far is a whole statement: its last character outside
/// quotes ('…', "…") and comments (-- to the end of the line, /* … */) is a semicolon. So <c>SELECT 1; -- 注</c> runs at
/// once, and <c>SELECT ';'</c> or <c>… -- 注；</c> at the end of a line waits for more. Before, only a line whose last
/// character was a semicolon ended a statement, wherever the semicolon stood.
/// </summary>
internal static class SqlStatementEnd
{
    public static bool IsComplete(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var last = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return false; // inside a string or quoted name: a semicolon there is part of it
                }

                last = c;
                i = close + 1;
            }
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false; // inside a block comment
                }

                i = end + 2;
            }
            else
            {
                if (!char.IsWhiteSpace(c))
                {
                    last = c;
                }

                i++;
            }
        }

        return last == ';';
    }
}

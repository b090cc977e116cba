namespace ReformAnalytics.Reading;

/// <summary>
/// Picks the field delimiter from the first lines of a text file: of tab, comma and semicolon (counted outside
/// quotes), the one found on the most lines, then the most often; ties go to tab, then comma. A file with none
/// of them is read as one column (and will most likely be refused as not a ledger).
/// </summary>
internal static class DelimiterDetector
{
    private const int MaxLines = 50;
    private static readonly char[] Candidates = ['\t', ',', ';'];

    public static char Detect(ReadOnlySpan<char> sample)
    {
        Span<int> lines = stackalloc int[Candidates.Length];
        Span<int> totals = stackalloc int[Candidates.Length];
        Span<int> inLine = stackalloc int[Candidates.Length];
        inLine.Clear();
        lines.Clear();
        totals.Clear();
        var quoted = false;
        var lineCount = 0;
        foreach (var ch in sample)
        {
            if (ch == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (quoted)
            {
                continue;
            }

            if (ch is '\n' or '\r')
            {
                EndLine(lines, inLine);
                if (++lineCount >= MaxLines)
                {
                    break;
                }

                continue;
            }

            var k = Array.IndexOf(Candidates, ch);
            if (k >= 0)
            {
                inLine[k]++;
                totals[k]++;
            }
        }

        EndLine(lines, inLine);
        var best = -1;
        for (var k = 0; k < Candidates.Length; k++)
        {
            if (totals[k] > 0 && (best < 0 || lines[k] > lines[best] || (lines[k] == lines[best] && totals[k] > totals[best])))
            {
                best = k;
            }
        }

        return best < 0 ? ',' : Candidates[best];
    }

    private static void EndLine(Span<int> lines, Span<int> inLine)
    {
        for (var k = 0; k < inLine.Length; k++)
        {
            if (inLine[k] > 0)
            {
                lines[k]++;
            }

            inLine[k] = 0;
        }
    }
}

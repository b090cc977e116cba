namespace ReformAnalytics.Database;

/// <summary>
/// How far a name typed is from a name DuckDB suggests: the edit distance (insertions, deletions, substitutions),
/// ignoring case. DuckDB suggests its nearest name however far it is (<c>xyz</c> → <c>return_expectations</c>), so a
/// suggestion is passed on only when it is near enough to be the name meant.
/// </summary>
internal static class NameDistance
{
    /// <summary>
    /// Whether <paramref name="suggested"/> is probably what <paramref name="typed"/> meant: at most one edit in three
    /// characters typed, and at least one (<c>snapshot</c> → <c>snapshots</c>, <c>task_stat</c> → <c>task_status</c>).
    /// </summary>
    public static bool IsNear(string typed, string suggested) =>
        Edits(typed.ToLowerInvariant(), suggested.ToLowerInvariant()) <= Math.Max(1, typed.Length / 3);

    private static int Edits(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

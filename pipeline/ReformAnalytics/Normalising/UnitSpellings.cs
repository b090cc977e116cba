namespace ReformAnalytics.Normalising;

/// <summary>
/// When two unit names are probably one unit written two ways, so that the office can be asked (its figures and
/// ranking would otherwise be split in two). Names are compared by <see cref="KeyOf"/>: without spaces, role markers
/// or a 县/市/区 prefix. Two names are probably one unit when their keys are equal (县发改局, 发改局), or when the
/// shorter key, of three characters or more, is the longer one with characters left out and both begin and end
/// alike: an abbreviation (发改局, 发展和改革局; 人社局, 人力资源和社会保障局) or a renamed unit (教育局, 教育体育局).
/// Two characters are too few to tell (委办 is in 委编办, another unit).
/// </summary>
public static class UnitSpellings
{
    private const int ShortestAbbreviation = 3;

    /// <summary>The form names are compared in.</summary>
    public static string KeyOf(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var compact = string.Concat(UnitNames.Clean(unit.Trim()).Where(c => !char.IsWhiteSpace(c)));
        return UnitNames.ShortName(compact);
    }

    /// <summary>Whether two different names are probably one unit (see the class).</summary>
    public static bool LikelySame(string unit, string other)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(other);
        if (string.Equals(unit, other, StringComparison.Ordinal))
        {
            return false;
        }

        return LikelySameKeys(KeyOf(unit), KeyOf(other));
    }

    /// <summary><see cref="LikelySame"/> of two different names, given their keys (<see cref="KeyOf"/>).</summary>
    internal static bool LikelySameKeys(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a.Length > 0;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= ShortestAbbreviation
            && shorter.Length < longer.Length
            && shorter[0] == longer[0]
            && shorter[^1] == longer[^1]
            && IsSubsequence(shorter, longer);
    }

    /// <summary>
    /// Every pair of <paramref name="names"/> (by index, the earlier first) that is probably one unit. Each name is keyed
    /// once and compared only within its bucket: a county's thousands of units would otherwise be millions of pairs.
    /// </summary>
    public static IEnumerable<(int Earlier, int Later)> LikelyPairs(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keys = names.Select(KeyOf).ToList();
        foreach (var bucket in Enumerable.Range(0, names.Count).GroupBy(i => BucketOf(keys[i])))
        {
            var members = bucket.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (!string.Equals(names[members[a]], names[members[b]], StringComparison.Ordinal) && LikelySameKeys(keys[members[a]], keys[members[b]]))
                    {
                        yield return (members[a], members[b]);
                    }
                }
            }
        }
    }

    /// <summary>The bucket a key's likely other spellings share with it: its first and last character.</summary>
    internal static (char First, char Last) BucketOf(string key) => key.Length == 0 ? default : (key[0], key[^1]);

    private static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c)
            {
                at++;
            }
        }

        return at == shorter.Length;
    }
}

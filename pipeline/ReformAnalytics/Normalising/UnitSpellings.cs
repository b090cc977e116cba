namespace ReformAnalytics.Normalising;

/// <summary>
/// When two unit names are probably one unit written two ways, so that the office can be asked (its figures and
/// ranking would otherwise be split in two). Names are compared by <see cref="KeyOf"/>: without spaces, role markers
/// or a 县/市/区 prefix. Two names are probably one unit when their keys are equal (县发改局, 发改局), or when the
/// shorter key, of three characters or more, is the longer one with characters left out and both begin and end
/// alike: an abbreviation (发改局, 发展和改革局; 人社局, 人力资源和社会保障局) or a renamed unit (教育局, 教育体育局).
/// Two characters are too few to tell (委办 is in 委编办, another unit).
/// <para>
/// A typo is the other likely case: a wrong character typed for the right sound (市场监官局 for 市场监管局). Two keys of five
/// characters or more, as long as each other, that differ in one character only, past the first two and not two
/// numerals, are probably one unit. Shorter keys differ so in earnest (民政局, 财政局), and so do place names and
/// numbered units in their first characters (城关镇人民政府, 城南镇人民政府; 第一人民医院, 第二人民医院).
/// </para>
/// </summary>
public static class UnitSpellings
{
    private const int ShortestAbbreviation = 3;

    private const int ShortestWithTypo = 5;

    /// <summary>The first characters of a key, where a place name or an ordinal tells units apart: a typo is looked for after them.</summary>
    private const int TypoFrom = 2;

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

        if (a.Length == b.Length)
        {
            return a.Length >= ShortestWithTypo && a[^1] == b[^1] && OneTypo(a, b);
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
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

    /// <summary>Whether two keys as long as each other differ in one character only, past <see cref="TypoFrom"/> and not two numerals.</summary>
    private static bool OneTypo(string a, string b)
    {
        var at = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (at >= 0)
                {
                    return false;
                }

                at = i;
            }
        }

        return at >= TypoFrom && !(IsNumeral(a[at]) && IsNumeral(b[at]));
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "〇零一二三四五六七八九十百".Contains(c, StringComparison.Ordinal);

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

namespace ReformAnalytics.Charts;

/// <summary>
/// Special groups named for a crowded category axis the way the offices name them in their own reports: without the
/// 专项小组 every group shares, then, when even that is too long for the space a category has, without the closing
/// 改革 and the 体制 / 制度 / 领域 before it (经济体制改革专项小组 → 经济, 党的建设制度改革专项小组 → 党的建设). One form is
/// chosen for all the groups, so the axis reads alike, and the same form in 图4 and 图5 (the narrower 图5 decides: 经济
/// in both, not 经济体制改革 in one and 经济 in the other); a name still too long wraps onto a second line, and only a name
/// too long for two lines is cut (…). A short form two groups would share is not used.
/// </summary>
internal static class GroupShortNames
{
    /// <summary>Endings a group's name drops for its short form, longest first.</summary>
    private static readonly string[] ReformWords = ["体制改革", "制度改革", "领域改革", "改革"];

    private static readonly string[] GroupSuffixes = ["专项小组", "小组"];

    /// <summary>
    /// The axis labels of <paramref name="groups"/>, each line at most <paramref name="maxChars"/> characters. The form
    /// (without 专项小组, or the short one) is the one that fits <paramref name="formChars"/> (by default the line): a
    /// chart with room for longer names gives the narrowest chart's width, so every chart names a group alike.
    /// </summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<string> groups, int maxChars, int? formChars = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var names = groups.Select(g => WithoutEnding(g.Trim(), GroupSuffixes)).ToList();
        var fits = names.All(n => n.Length <= (formChars ?? maxChars));
        if (!fits)
        {
            var shortForms = names.Select(n => WithoutEnding(n, ReformWords)).ToList();
            if (shortForms.Distinct(StringComparer.Ordinal).Count() == shortForms.Count)
            {
                names = shortForms;
            }
        }

        return names.Select(n => Wrapped(n, maxChars)).ToList();
    }

    private static string WithoutEnding(string name, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (name.Length >= ending.Length + 2 && name.EndsWith(ending, StringComparison.Ordinal))
            {
                return name[..^ending.Length];
            }
        }

        return name;
    }

    /// <summary>One line when it fits, else two of about equal length; a name longer than two lines is cut at the end.</summary>
    private static string Wrapped(string name, int maxChars)
    {
        if (name.Length <= maxChars)
        {
            return name;
        }

        if (name.Length > 2 * maxChars)
        {
            return string.Concat(name.AsSpan(0, maxChars), "\n", name.AsSpan(maxChars, maxChars - 1), "…");
        }

        var first = (name.Length + 1) / 2;
        return string.Concat(name.AsSpan(0, first), "\n", name.AsSpan(first));
    }
}

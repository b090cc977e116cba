using System.Text.RegularExpressions;

namespace ReformAnalytics.Normalising;

/// <summary>
/// The responsible leaders of a cell as names, without the titles that units write beside them, so that one leader
/// counts once however a unit wrote the cell:
/// <list type="bullet">
/// <item>a title before the name is removed: <c>常务副县长张三</c>, <c>副县长：李四</c>, <c>县委常委常务副县长 张三</c> → 张三;</item>
/// <item>a title in brackets after the name is removed: <c>张三（常务副县长）</c> → 张三;</item>
/// <item>a value that is only a title, beside values with a name, is dropped: <c>县委常委、常务副县长张三</c>
/// and <c>常务副县长 张三</c> (split by <see cref="ValueSplitter"/>) → 张三. When every value is only a title
/// (<c>县长</c>), they are kept as written.</item>
/// </list>
/// Titles are the posts of county and city leadership (县长, 副县长, 县委常委, 县委副书记, 县人大常委会副主任,
/// 县政协副主席, 宣传部部长, 县长助理, …); a name is 2 to 4 Chinese characters (· allowed). Anything else, such as
/// 张副县长 (a surname with the post, as offices often write it), stays as written, except that a 、 inside its
/// brackets becomes ， (<c>张三（负责统筹、协调）</c>), since 、 separates the leaders of the stored value.
/// </summary>
public static partial class LeaderNames
{
    private const string Title =
        @"(?:[县市区州省]?(?:委|政府|人大常委会|人大|政协|纪委监委|纪委|监委))?(?:[\u4e00-\u9fff]{1,4}?(?:部|局|办|院))?"
        + @"(?:常务)?副?(?:县长|市长|区长|州长|书记|主任|主席|部长|局长|常委|秘书长|检察长|院长|政委|委员|组长|镇长|乡长)(?:助理)?";

    private const string Name = @"(?<name>[\u4e00-\u9fff·]{2,4})";

    /// <summary>The names of a cell's values (<see cref="ValueSplitter.Split"/>), in order, each once.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        List<string>? names = null;
        foreach (var value in values)
        {
            if (OnlyTitles().IsMatch(value))
            {
                continue;
            }

            var match = TitleThenName().Match(value) is { Success: true } before ? before : NameThenTitle().Match(value);
            // 、 separates the leaders of the stored value (the leader views split on it), so none stays inside one.
            var name = match.Success ? match.Groups["name"].Value : value.Replace('、', '，');
            names ??= new List<string>(values.Count);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names is null ? values : names;
    }

    [GeneratedRegex("^(?:" + Title + ")+$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyTitles();

    [GeneratedRegex("^(?:" + Title + @")+[\s:：]*" + Name + "$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleThenName();

    [GeneratedRegex("^" + Name + @"\s*[（(](?:" + Title + @")(?:[、，,\s]*(?:" + Title + @"))*[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenTitle();
}

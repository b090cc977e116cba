namespace ReformAnalytics.Sample.Vocabulary;

/// <summary>
/// Names for the extra counties of a scaled run (<c>--scale K</c>): county 0 is the sample county itself and
/// keeps the plain 县 unit names; county k ≥ 1 is named from two syllables (青山县, 白水县, …).
/// </summary>
internal static class CountyNames
{
    private static readonly string[] First = ["青", "白", "东", "西", "南", "北", "金", "石", "云", "龙", "平", "安", "永", "长", "新", "清", "丰", "宁", "华", "临"];
    private static readonly string[] Second = ["山", "水", "阳", "江", "河", "川", "溪", "源", "田", "林", "泉", "宁", "城", "湖", "峰", "岭", "塘", "桥", "原", "州"];

    /// <summary>The county name for scale copy <paramref name="index"/> (≥ 1); distinct for every index.</summary>
    public static string Of(int index)
    {
        var i = index - 1;
        var name = First[i % First.Length] + Second[i / First.Length % Second.Length];
        var round = i / (First.Length * Second.Length);
        return round == 0 ? name + "县" : name + (round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "县";
    }
}

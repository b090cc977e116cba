using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Normalising;

/// <summary>
/// The office's table of unit names (--units) and the rule that tells two spellings of one unit. The table below
/// names 县发改局 three ways and 县委编办 two; 县财政局 is not in it.
/// </summary>
public sealed class UnitNameTableTests
{
    private const string Yaml = """
        # 统一使用的名称: 其他写法
        县发改局: [县发展和改革局, 县发展改革局]
        县委编办: 县委机构编制委员会办公室
        """;

    [Theory]
    [InlineData("县发展和改革局", "县发改局")]
    [InlineData("县发展改革局", "县发改局")]
    [InlineData("发展和改革局", "县发改局")]      // without the 县 prefix
    [InlineData("发改局", "县发改局")]            // the name itself without its prefix
    [InlineData("县发改局", "县发改局")]
    [InlineData("县 发展和改革局", "县发改局")]    // a space typed inside
    [InlineData("县委机构编制委员会办公室", "县委编办")]
    [InlineData("县财政局", "县财政局")]          // not in the table: kept as written
    [InlineData("财政局", "财政局")]
    public void Canonical_GivesTheTablesName(string written, string expected)
    {
        var table = UnitNameTable.Parse(Yaml, json: false);

        Assert.Equal(expected, table.Canonical(written));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void Json_ReadsLikeYaml()
    {
        var table = UnitNameTable.Parse("""{ "县发改局": ["县发展和改革局", "县发展改革局"], "县委编办": "县委机构编制委员会办公室" }""", json: true);

        Assert.Equal("县发改局", table.Canonical("发展和改革局"));
        Assert.Equal("县委编办", table.Canonical("县委机构编制委员会办公室"));
        Assert.Equal(["县发改局", "县发展和改革局", "县发展改革局"], table.SpellingsOf("县发展改革局"));
        Assert.Equal(["县财政局"], table.SpellingsOf("县财政局"));
    }

    [Fact]
    public void CanonicalAll_DropsAUnitNamedTwice()
    {
        var table = UnitNameTable.Parse(Yaml, json: false);

        Assert.Equal(["县发改局", "县财政局"], table.CanonicalAll(["县发展和改革局", "县财政局", "发改局"]));
        IReadOnlyList<string> unchanged = ["县财政局", "县人社局"];
        Assert.Same(unchanged, table.CanonicalAll(unchanged));
    }

    [Fact]
    public void ASpellingGivenToTwoUnits_IsRefusedNamingTheLine()
    {
        var ex = Assert.Throws<LedgerInputException>(() => UnitNameTable.Parse("县发改局: 县发展和改革局\n县经信局: [县工信局, 发展和改革局]\n", json: false, "units.yaml"));

        Assert.Equal(2, ex.Row);
        Assert.Equal("发展和改革局", ex.Value);
        Assert.Contains("“发展和改革局”同时对应“县发改局”和“县经信局”", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# 县发改局: [县发展和改革局]\n\n# 县人社局: [县人力资源和社会保障局]\n")]
    [InlineData("{}\n")]
    public void AnEmptyOrCommentOnlyTable_NamesNoUnit(string yaml)
    {
        var table = UnitNameTable.Parse(yaml, json: false, "units.yaml");

        Assert.Equal(0, table.Count);
        Assert.Equal("县发展和改革局", table.Canonical("县发展和改革局"));
    }

    [Theory]
    [InlineData("- 县发改局\n- 县财政局\n", "每个单位一行")]                  // a list, not a table
    [InlineData("县发改局:\n  全称: 县发展和改革局\n", "应为一个名称或名称列表")] // a nested mapping
    [InlineData("县发改局: [县发展和改革局\n", "不是有效的 YAML")]              // an unclosed bracket
    public void AMalformedTable_IsRefusedSayingHowToWriteIt(string yaml, string expected)
    {
        var ex = Assert.Throws<LedgerInputException>(() => UnitNameTable.Parse(yaml, json: false, "units.yaml"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal("units.yaml", ex.File);
    }

    [Theory]
    [InlineData("县发改局", "县发展和改革局")]             // abbreviation
    [InlineData("县发改局", "发改局")]                     // the prefix alone
    [InlineData("县人社局", "县人力资源和社会保障局")]
    [InlineData("住建局", "县住房和城乡建设局")]
    [InlineData("县教育局", "县教育体育局")]               // a renamed unit
    [InlineData("县市场监管局", "县市场监官局")]           // a character typed for its sound
    [InlineData("县发展和改革局", "发展和改草局")]
    public void LikelySame_AbbreviationsAndPrefixes(string unit, string other)
    {
        Assert.True(UnitSpellings.LikelySame(unit, other));
        Assert.True(UnitSpellings.LikelySame(other, unit));
    }

    [Fact]
    public void LikelyPairs_EveryPairOfOneUnit_EarlierNameFirst_OthersLeftOut()
    {
        // 县发改局 and 发改局 are equal without the prefix; both abbreviate 县发展和改革局; 县财政局 is another unit.
        var pairs = UnitSpellings.LikelyPairs(["县发改局", "县财政局", "县发展和改革局", "发改局", "县发改局"]);

        Assert.Equal([(0, 2), (0, 3), (2, 3), (2, 4), (3, 4)], pairs);
    }

    [Theory]
    [InlineData("县委办", "县委编办")]         // 委办: two characters are too few to tell
    [InlineData("县财政局", "县财政局税务所")]  // ends otherwise: a unit under it
    [InlineData("县统计局", "县审计局")]       // as long, and different
    [InlineData("县发改局", "县发改局")]       // the same name
    [InlineData("县民政局", "县教育局")]
    [InlineData("县民政局", "县财政局")]                   // one character apart, but three are too few to tell
    [InlineData("县城关镇人民政府", "县城南镇人民政府")]   // two towns: the place name is in the first characters
    [InlineData("县第一人民医院", "县第三人民医院")]       // numbered units
    [InlineData("县人民医院第一分院", "县人民医院第二分院")] // numbered, further on
    [InlineData("县委党史研究室", "县委政策研究室")]       // two characters apart
    [InlineData("县市场监管局", "县市场监管所")]           // ends otherwise
    public void LikelySame_OtherUnits_AreNot(string unit, string other)
    {
        Assert.False(UnitSpellings.LikelySame(unit, other));
    }

    [Fact]
    public void RowNormaliser_StoresUnitsUnderTheTablesNames()
    {
        var row = RawRows.Row(5, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("推进要素市场化配置改革"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发展和改革局（牵头）、县财政局"),
            [CanonicalColumn.CoUnits] = RawRows.Text("发改局、县人社局"),
        });
        var options = new RowNormaliserOptions { UnitNames = UnitNameTable.Parse(Yaml, json: false) };

        var s = new RowNormaliser(RawRows.Table(row), Ledger.Overall, new ReportMonth(2024, 6), null, options).Normalise(row).Row!;

        Assert.Equal("县发改局", s.LeadUnit);
        Assert.Equal(["县财政局", "县人社局"], s.CoUnits); // 发改局 is the lead unit, not repeated
    }
}

using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Normalising;

public sealed class RowNormaliserTests
{
    private static readonly ReportMonth June2024 = new(2024, 6);

    [Fact]
    public void Normalise_TypicalRow_FillsEverySnapshotField()
    {
        var row = RawRows.Row(7, "一、社会事业改革专项小组（12项）", new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.SeqNo] = new("1", 1),
            [CanonicalColumn.Task] = RawRows.Text("  推进紧密型县域\n医共体建设 "),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县卫健局、县医保局"),
            [CanonicalColumn.CoUnits] = RawRows.Text("县财政局，县卫健局\n县人社局"),
            [CanonicalColumn.Leader] = RawRows.Text("张三\n李四"),
            [CanonicalColumn.TaskKind] = RawRows.Text("推进落实"),
            [CanonicalColumn.Deadline] = RawRows.Text("6月底前出台方案；12月底前全面推开"),
            [CanonicalColumn.ProgressText] = RawRows.Text("已印发实施方案"),
            [CanonicalColumn.ProgressPct] = RawRows.Text("60%"),
            [CanonicalColumn.Status] = RawRows.Text("序时推进"),
        });
        var table = RawRows.Table(row);

        var result = new RowNormaliser(table, Ledger.Overall, June2024).Normalise(row);

        Assert.Empty(result.Issues);
        var s = Assert.IsType<SnapshotRow>(result.Row);
        Assert.Equal(Ledger.Overall, s.Ledger);
        Assert.Equal(string.Empty, s.TaskId);
        Assert.Equal(new DateOnly(2024, 6, 1), s.ReportMonth);
        Assert.Equal(new DateOnly(2024, 6, 30), s.StatusDate);
        Assert.Equal("1", s.SeqNo);
        Assert.Equal("推进紧密型县域 医共体建设", s.TaskName);
        Assert.Equal("社会事业改革专项小组", s.SpecialGroup);
        Assert.Equal("县卫健局", s.LeadUnit);
        Assert.Equal(["县医保局", "县财政局", "县人社局"], s.CoUnits); // 县卫健局 is the lead, not repeated
        Assert.Equal("张三、李四", s.Leader);
        Assert.Equal("推进落实", s.TaskKind);
        Assert.Equal("6月底前出台方案；12月底前全面推开", s.DeadlineText);
        Assert.Equal(new DateOnly(2024, 12, 31), s.Deadline);
        Assert.Equal(DeadlineKind.Milestones, s.DeadlineKind);
        Assert.False(s.OpenEnded);
        Assert.Equal(new DateOnly(2024, 1, 1), s.PlannedStart);
        Assert.Equal([new DateOnly(2024, 6, 30), new DateOnly(2024, 12, 31)], s.Milestones.Select(m => m.Date));
        Assert.Equal(60, s.ProgressPct);
        Assert.Equal(ReportedStatus.OnTrack, s.Status);
        Assert.Equal("序时推进", s.StatusText);
        Assert.Equal("已印发实施方案", s.ProgressText);
        Assert.Equal("2024年6月改革任务总台账.xlsx", s.SourceFile);
        Assert.Equal("总台账", s.SourceSheet);
        Assert.Equal(7, s.SourceRow);
    }

    [Theory]
    [InlineData("是", ReportedStatus.Completed)]
    [InlineData("否", ReportedStatus.Unknown)]
    public void Normalise_YesOrNoUnder是否完成_IsCompletedOrLeftUnknownUnlisted(string answer, ReportedStatus expected)
    {
        var headers = new Dictionary<CanonicalColumn, string>(RawRows.TypicalHeaders) { [CanonicalColumn.Status] = "是否完成" };
        var row = RawRows.Row(3, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("深化营商环境改革"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局"),
            [CanonicalColumn.Status] = RawRows.Text(answer),
        }, headers);
        var unknown = new UnknownStatusCollector();

        var s = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024, unknown).Normalise(row).Row!;

        Assert.Equal((expected, answer), (s.Status, s.StatusText));
        Assert.Empty(unknown.Phrases);
    }

    [Fact]
    public void Normalise_YesUnder是否完成BesideAPartFigure_IsWarnedAbout()
    {
        // 是 reads as completed, and the figure says 20%: the same disagreement as 已完成 beside 20%, worded for the column.
        var headers = new Dictionary<CanonicalColumn, string>(RawRows.TypicalHeaders) { [CanonicalColumn.Status] = "是否完成" };
        var row = RawRows.Row(3, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("深化营商环境改革"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局"),
            [CanonicalColumn.Deadline] = RawRows.Text("2024年12月底前"),
            [CanonicalColumn.Status] = RawRows.Text("是"),
            [CanonicalColumn.ProgressPct] = RawRows.Text("20%"),
        }, headers);

        var result = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024).Normalise(row);

        Assert.Equal((ReportedStatus.Completed, 20.0), (result.Row!.Status, result.Row.ProgressPct));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("是否完成", "是", "“是否完成”为“是”，但完成进度只有20%，请核实"), (issue.Column, issue.Value, issue.Message));
    }

    [Fact]
    public void Normalise_DocumentIssuedBesideAPartFigure_IsWarnedAbout()
    {
        var row = Row(10, ("任务类型", "制定出台"), ("状态", "已印发"), ("完成进度", "60%"));

        var result = Normalise(row);

        Assert.Equal(ReportedStatus.Completed, result.Row!.Status);
        Assert.Equal("状态为“已印发”，但完成进度只有60%，请核实", Assert.Single(result.Issues).Message);
    }

    [Theory]
    [InlineData("2024-06-30", "2024年6月30日")] // a date cell showing its day (the reader's form of it)
    [InlineData(null, "2024年6月30日")]
    [InlineData("2024年6月", "2024年6月")] // a date cell showing the month: as shown
    public void Normalise_ADateCellsDeadlineText_IsWrittenAsTheOfficeWritesDates(string? shown, string expected)
    {
        var row = RawRows.Row(3, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("深化营商环境改革"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局"),
            [CanonicalColumn.Deadline] = new(shown, Date: new DateOnly(2024, 6, 30)),
        });

        var s = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024).Normalise(row).Row!;

        Assert.Equal((expected, new DateOnly(2024, 6, 30)), (s.DeadlineText, s.Deadline));
    }

    [Fact]
    public void Normalise_CharactersThatPrintAsNothing_AreDropped()
    {
        // Pasted from a web page or WeChat: a zero-width space, a byte-order mark, a soft hyphen. Before, 县发改局 with a
        // zero-width space was a unit of its own that printed like 县发改局, and 序时推进 with one was an unknown status.
        var row = RawRows.Row(3, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("\uFEFF深化营商环境改革"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局\u200B"),
            [CanonicalColumn.CoUnits] = RawRows.Text("县财\u00AD政局"),
            [CanonicalColumn.Status] = RawRows.Text("序时推进\u200B"),
        });

        var s = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024).Normalise(row).Row!;

        Assert.Equal(("深化营商环境改革", "县发改局", ReportedStatus.OnTrack, "序时推进"), (s.TaskName, s.LeadUnit, s.Status, s.StatusText));
        Assert.Equal(["县财政局"], s.CoUnits);
    }

    [Fact]
    public void Normalise_UnitsWithRoleMarkersOrATrailing等_AreNamedPlainly()
    {
        var row = RawRows.Row(3, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("深化营商环境改革"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局（牵头）"),
            [CanonicalColumn.CoUnits] = RawRows.Text("县市场监管局（知识产权局）、县发改局(牵头)、县财政局等"),
        });

        var s = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024).Normalise(row).Row!;

        // The lead unit is 县发改局, so it is not repeated among the co-units; a second name in brackets is kept.
        Assert.Equal("县发改局", s.LeadUnit);
        Assert.Equal(["县市场监管局（知识产权局）", "县财政局"], s.CoUnits);
    }

    [Fact]
    public void Normalise_GroupCellGiven_WinsOverSectionRow()
    {
        var row = Row(3, ("改革任务", "推进A改革"), section: "一、经济体制改革专项小组", group: "（二）生态文明体制改革");

        var s = Normalise(row).Row!;

        Assert.Equal("生态文明体制改革", s.SpecialGroup);
    }

    [Fact]
    public void Normalise_AYearBefore_IsStoredAsTheYearsEnd_WithAWarningOnTheDeadlineCell()
    {
        var result = Normalise(Row(9, ("时间节点", "2025年前")));

        Assert.Equal(new DateOnly(2025, 12, 31), result.Row!.Deadline);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueSeverity.Warning, 9, "时间节点", "2025年前"), (issue.Severity, issue.Row, issue.Column, issue.Value));
        Assert.Equal("完成时限“2025年前”已按2025年12月31日计；它也可能指2025年之前（即2024年底前），如是此意，请改为“2024年12月底前”", issue.Message);
    }

    [Fact]
    public void Normalise_UnreadableDeadline_StoresRowWithWarningNamingTheColumnAsWritten()
    {
        var row = Row(9, ("时间节点", "根据上级要求"));

        var result = Normalise(row);

        var s = Assert.IsType<SnapshotRow>(result.Row);
        Assert.Equal(DeadlineKind.Missing, s.DeadlineKind);
        Assert.Null(s.Deadline);
        Assert.Equal("根据上级要求", s.DeadlineText);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("时间节点", issue.Column);
        Assert.Equal("根据上级要求", issue.Value);
        Assert.Equal(9, issue.Row);
        Assert.Equal("总台账", issue.Sheet);
        Assert.Contains("该行不因此拒收，完成时限记为空", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_UnreadableDeadlineWhenRowsAreRefused_DoesNotStoreTheRow()
    {
        var row = Row(9, ("时间节点", "根据上级要求"));
        var options = new RowNormaliserOptions { StoreRowsWithUnreadableDeadline = false };

        var result = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024, options: options).Normalise(row);

        Assert.Null(result.Row);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Contains("该行未入库", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_EmptyStatusWithFullProgress_IsCompleted()
    {
        var row = Row(4, ("完成进度", "100%"));

        var s = Normalise(row).Row!;

        Assert.Equal(ReportedStatus.Completed, s.Status);
        Assert.Null(s.StatusText);
    }

    [Fact]
    public void Normalise_EmptyStatusWithPartialProgress_StaysUnknown()
    {
        var s = Normalise(Row(4, ("完成进度", "90%"))).Row!;

        Assert.Equal(ReportedStatus.Unknown, s.Status);
    }

    [Fact]
    public void Normalise_NoFigureColumn_ReadsProgressFromTheNarrative()
    {
        var headers = RawRows.TypicalHeaders.Where(h => h.Key != CanonicalColumn.ProgressPct).ToDictionary();
        var row = RawRows.Row(5, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("推进B改革"),
            [CanonicalColumn.ProgressText] = RawRows.Text("已完成总工程量的80%"),
        }, headers);

        var s = Normalise(row).Row!;

        Assert.Equal(80, s.ProgressPct);
    }

    [Fact]
    public void Normalise_FigureColumnPresentButEmpty_DoesNotReadTheNarrative()
    {
        var s = Normalise(Row(5, ("进展情况", "已完成总工程量的80%"))).Row!;

        Assert.Null(s.ProgressPct);
    }

    [Fact]
    public void Normalise_UnreadableProgress_StoresNullWithWarning()
    {
        var result = Normalise(Row(6, ("完成进度", "120%")));

        Assert.Null(result.Row!.ProgressPct);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("完成进度", issue.Column);
    }

    [Fact]
    public void Normalise_CompletedButProgressBelowFull_StoresAsReportedWithWarning()
    {
        var result = Normalise(Row(6, ("状态", "已完成"), ("完成进度", "60%")));

        Assert.Equal(ReportedStatus.Completed, result.Row!.Status);
        Assert.Equal(60, result.Row.ProgressPct);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(result.Issues).Severity);
    }

    [Theory]
    [InlineData("推进中", ReportedStatus.OnTrack)]
    [InlineData("进度滞后", ReportedStatus.Behind)]
    [InlineData("暂停", ReportedStatus.Suspended)]
    public void Normalise_NotDoneButProgressFull_StoresAsReportedWithWarningNamingTheStatus(string status, ReportedStatus expected)
    {
        // The figures count a task at 100% as completed (docs/metrics.md); the status says otherwise, so the unit is asked.
        var result = Normalise(Row(7, ("状态", status), ("完成进度", "100%")));

        Assert.Equal(expected, result.Row!.Status);
        Assert.Equal(100, result.Row.ProgressPct);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueSeverity.Warning, 7, "状态", status), (issue.Severity, issue.Row, issue.Column, issue.Value));
        Assert.Equal($"完成进度已到100%，但状态为“{status}”；已按完成计入完成率，如未完成请改正进度，如已完成请将状态改为“已完成”", issue.Message);
    }

    [Theory]
    [InlineData("推进中", "99%")]
    [InlineData("已完成", "100%")]
    [InlineData("部分完成", "100%")] // an unmapped phrase is listed with the unknown ones instead
    public void Normalise_StatusAndFigureThatAgree_OrAnUnknownStatus_GetNoWarningAboutThem(string status, string progress)
    {
        var result = Normalise(Row(7, ("状态", status), ("完成进度", progress)));

        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Normalise_UnmappedStatus_IsCollectedWithCountAndFirstPlace()
    {
        var first = Row(10, ("状态", "未完成"));
        var second = Row(11, ("状态", "未完成 "));
        var other = Row(12, ("状态", "部分完成"));
        var collector = new UnknownStatusCollector();
        var normaliser = new RowNormaliser(RawRows.Table(first, second, other), Ledger.Overall, June2024, collector);

        var all = normaliser.NormaliseAll();

        Assert.Equal(3, all.Rows.Count);
        Assert.All(all.Rows, r => Assert.Equal(ReportedStatus.Unknown, r.Status));
        Assert.Empty(all.Issues); // by default no per-row warning
        Assert.Collection(
            collector.Phrases,
            p => Assert.Equal(new UnknownStatusPhrase("未完成", 2, "2024年6月改革任务总台账.xlsx", "总台账", 10), p),
            p => Assert.Equal(new UnknownStatusPhrase("部分完成", 1, "2024年6月改革任务总台账.xlsx", "总台账", 12), p));
    }

    [Fact]
    public void Normalise_DocumentIssued_IsCompletedForATaskToIssueOne_AndUnknownForAnyOther()
    {
        // 制定出台: the task's result is the document, so 已印发 says it is done. 推进落实 or no kind: 已出台 says nothing of
        // the schedule (a plan issued is where carrying it out begins), and the phrase is listed as unknown as before.
        var issue = Row(10, ("任务类型", "制定出台"), ("状态", "已印发（县委办发〔2024〕12号）"));
        var carry = Row(11, ("任务类型", "推进落实"), ("状态", "已出台"));
        var none = Row(12, ("状态", "已出台"));
        var collector = new UnknownStatusCollector();

        var all = new RowNormaliser(RawRows.Table(issue, carry, none), Ledger.Overall, June2024, collector).NormaliseAll();

        Assert.Equal([ReportedStatus.Completed, ReportedStatus.Unknown, ReportedStatus.Unknown], all.Rows.Select(r => r.Status));
        Assert.Equal("已印发（县委办发〔2024〕12号）", all.Rows[0].StatusText);
        Assert.Equal(new UnknownStatusPhrase("已出台", 2, "2024年6月改革任务总台账.xlsx", "总台账", 11), Assert.Single(collector.Phrases));
    }

    [Fact]
    public void Normalise_UnmappedStatusWithPerRowWarnings_ReportsTheRow()
    {
        var row = Row(10, ("状态", "未完成"));
        var options = new RowNormaliserOptions { WarnOnEachUnknownStatus = true };

        var result = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024, options: options).Normalise(row);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("状态", issue.Column);
        Assert.Equal("未完成", issue.Value);
    }

    [Fact]
    public void Normalise_EmptyTaskName_IsAnErrorAndNotStored()
    {
        var row = RawRows.Row(8, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("  "),
            [CanonicalColumn.Status] = RawRows.Text("已完成"),
        });

        var result = Normalise(row);

        Assert.Null(result.Row);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("改革任务", issue.Column);
    }

    [Theory]
    [InlineData("牵头单位", "未填牵头单位：该任务已入库，但不计入任何单位的指标、排名和督办单；请补填牵头单位后重新报送")]
    [InlineData("时间节点", "未填完成时限：该任务已入库，但不参与按时限计算的指标（完成率、逾期、滞后、双过半），各报告将其另计为“未写完成时限”；请补填完成时限后重新报送")]
    public void Normalise_TaskWithoutLeadUnitOrDeadline_IsStoredWithAWarningNamingTheCell(string column, string message)
    {
        var result = Normalise(Row(7, (column, "")));

        Assert.NotNull(result.Row);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((7, column, string.Empty, message, IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Message, issue.Severity));
    }

    [Theory]
    [InlineData("本月底前", "2024-06-30")]
    [InlineData("本月内完成", "2024-06-30")]
    [InlineData("下月底前", "2024-07-31")]
    [InlineData("月底前", "2024-06-30")] // no month written: the report month's, as 本月底前
    [InlineData("月内完成", "2024-06-30")]
    public void Normalise_DeadlineAgainstTheReportMonth_IsThatMonthsEnd(string text, string expected)
    {
        // June 2024's return: 本月 is June, 下月 July.
        var result = Normalise(Row(3, ("时间节点", text)));

        Assert.Empty(result.Issues);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Row!.Deadline);
        Assert.Equal(text, result.Row.DeadlineText);
    }

    [Fact]
    public void NormaliseAll_TableWithoutALeadUnitColumn_IsToldOnce()
    {
        var headers = RawRows.TypicalHeaders.Where(h => h.Key != CanonicalColumn.LeadUnit).ToDictionary(h => h.Key, h => h.Value);
        var rows = new[] { 3, 4 }.Select(n => RawRows.Row(n, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("推进改革" + n),
            [CanonicalColumn.Deadline] = RawRows.Text("2024年12月底前"),
        }, headers)).ToArray();

        var all = new RowNormaliser(RawRows.Table(rows), Ledger.Overall, June2024).NormaliseAll();

        Assert.Equal(2, all.Rows.Count);
        var issue = Assert.Single(all.Issues);
        Assert.Equal((3, "牵头单位"), (issue.Row, issue.Column));
        Assert.StartsWith("本表没有牵头单位列", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NormaliseAll_FractionColumn_ReadsFractionsAndWarnsOnce()
    {
        // Every figure lies in 0–1 and 0.5 lies strictly between: 0.5 → 50, 0.8 → 80, 1 → 100.
        var rows = new[]
        {
            Row(3, ("完成进度", "0.5")),
            Row(4, ("完成进度", "0.8")),
            Row(5, ("完成进度", "1")),
        };
        var normaliser = new RowNormaliser(RawRows.Table(rows), Ledger.Overall, June2024);

        var all = normaliser.NormaliseAll();

        Assert.True(normaliser.ProgressReadAsFractions);
        Assert.Equal([50.0, 80.0, 100.0], all.Rows.Select(r => r.ProgressPct!.Value));
        var issue = Assert.Single(all.Issues);
        Assert.Equal(0, issue.Row);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("“完成进度”列中不带百分号的数字都在0到1之间，按小数读取（0.8即80%）；如不是此意，请改为百分数", issue.Message);
        Assert.Equal(ReportedStatus.Completed, all.Rows[2].Status); // 1 read as 100%, status empty
    }

    [Fact]
    public void NormaliseAll_FullWidthFigures_ReadAsTheHalfWidthOnes()
    {
        // A column in full-width digits, as typed with a Chinese input method: ０.５, ８０％ and ０．８ are 0.5, 80% and 0.8.
        // By hand: the plain figures are 0.5 and 0.8 (８０％ has a percent sign and is not weighed), all in 0–1 with one
        // strictly between, so the column is fractions: 0.5 → 50, ８０％ → 80, ０．８ → 80, one table warning (row 0).
        // Before, ０.５ and ０．８ were not weighed, the column was not fractions, and 0.5 and 0.8 were stored as 0.5% and
        // 0.8% without a word.
        var rows = new[]
        {
            Row(3, ("完成进度", "０.５")),
            Row(4, ("完成进度", "８０％")),
            Row(5, ("完成进度", "０．８")),
        };
        var normaliser = new RowNormaliser(RawRows.Table(rows), Ledger.Overall, June2024);

        var all = normaliser.NormaliseAll();

        Assert.True(normaliser.ProgressReadAsFractions);
        Assert.Equal([50.0, 80.0, 80.0], all.Rows.Select(r => r.ProgressPct!.Value));
        Assert.Equal(0, Assert.Single(all.Issues).Row);
    }

    [Fact]
    public void NormaliseAll_FullWidthFractionAmongPercentages_IsWarnedOfAsAHalfWidthOne()
    {
        // ８０ is 80, outside 0–1, so the column is percentage points and ０.８ is stored as 0.8, with the warning that
        // 80% may be meant, as for 0.8 (before, ０.８ went in as 0.8% without it).
        var rows = new[] { Row(3, ("完成进度", "８０")), Row(4, ("完成进度", "０.８")) };

        var all = new RowNormaliser(RawRows.Table(rows), Ledger.Overall, June2024).NormaliseAll();

        Assert.Equal([80.0, 0.8], all.Rows.Select(r => r.ProgressPct!.Value));
        var issue = Assert.Single(all.Issues);
        Assert.Equal((4, "完成进度", "０.８"), (issue.Row, issue.Column, issue.Value));
        Assert.StartsWith("完成进度“０.８”已按0.8%入库；", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_UnknownTaskKind_IsNullWithWarning()
    {
        var result = Normalise(Row(3, ("任务类型", "其他")));

        Assert.Null(result.Row!.TaskKind);
        Assert.Equal("任务类型", Assert.Single(result.Issues).Column);
    }

    [Fact]
    public void Normalise_OpenEndedDeadline_IsFlagged()
    {
        var s = Normalise(Row(3, ("时间节点", "长期坚持"))).Row!;

        Assert.True(s.OpenEnded);
        Assert.Equal(DeadlineKind.OpenEnded, s.DeadlineKind);
        Assert.Null(s.Deadline);
    }

    [Fact]
    public void Normalise_LedgerYearOption_ResolvesYearlessDeadlines()
    {
        // A January 2025 report of the 2024 ledger: 12月底前 belongs to 2024.
        var row = Row(3, ("时间节点", "12月底前"));
        var options = new RowNormaliserOptions { LedgerYear = 2024 };

        var s = new RowNormaliser(RawRows.Table(row), Ledger.Overall, new ReportMonth(2025, 1), options: options).Normalise(row).Row!;

        Assert.Equal(new DateOnly(2024, 12, 31), s.Deadline);
        Assert.Equal(new DateOnly(2025, 1, 31), s.StatusDate);
    }

    [Fact]
    public void Normalise_LeaderWithTitles_StoresTheNames_PersonInChargeAsWritten()
    {
        var row = RawRows.Row(4, null, new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("推进默认改革任务"),
            [CanonicalColumn.Leader] = RawRows.Text("县委常委、常务副县长 张三\n李四（副县长）"),
            [CanonicalColumn.PersonInCharge] = RawRows.Text("王五（县发改局局长）"),
        });

        var s = Normalise(row).Row!;

        Assert.Equal(("张三、李四", "王五（县发改局局长）"), (s.Leader, s.PersonInCharge));
    }

    private static RowNormalisation Normalise(RawLedgerRow row) =>
        new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024).Normalise(row);

    /// <summary>A row with a task name and the given cells, found by their typical header text.</summary>
    private static RawLedgerRow Row(int sourceRow, params (string Header, string Text)[] cells) => Row(sourceRow, cells, null, null);

    private static RawLedgerRow Row(int sourceRow, (string Header, string Text) cell, string? section, string? group) =>
        Row(sourceRow, [cell], section, group);

    private static RawLedgerRow Row(int sourceRow, (string Header, string Text)[] cells, string? section, string? group)
    {
        // Every task row has its task, lead unit and deadline unless the test says otherwise (a missing one is warned of).
        var values = new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("推进默认改革任务"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局"),
            [CanonicalColumn.Deadline] = RawRows.Text("2024年12月底前"),
        };
        foreach (var (header, text) in cells)
        {
            var column = RawRows.TypicalHeaders.Single(h => h.Value == header).Key;
            values[column] = RawRows.Text(text);
        }

        if (group is not null)
        {
            values[CanonicalColumn.SpecialGroup] = RawRows.Text(group);
        }

        return RawRows.Row(sourceRow, section, values);
    }
}

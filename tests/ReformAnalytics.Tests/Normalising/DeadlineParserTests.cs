using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Normalising;

public sealed class DeadlineParserTests
{
    // Each expected date is worked out from the phrase: a month gives its last day, a quarter the last day
    // of its third month, 上半年 30 June, 下半年/年底/年内 31 December; the year is the ledger year unless written.
    [Theory]
    [InlineData("2024年6月底前", 2024, "2024-06-30", DeadlineKind.Month)]
    [InlineData("2024年6月", 2024, "2024-06-30", DeadlineKind.Month)]
    [InlineData("6月底前", 2023, "2023-06-30", DeadlineKind.Month)]
    [InlineData("2024.6", 2024, "2024-06-30", DeadlineKind.Month)]
    [InlineData("2024-06", 2024, "2024-06-30", DeadlineKind.Month)]
    [InlineData("8月底之前", 2024, "2024-08-31", DeadlineKind.Month)]
    [InlineData("十二月底前", 2024, "2024-12-31", DeadlineKind.Month)]
    [InlineData("２０２４年６月底前", 2024, "2024-06-30", DeadlineKind.Month)]
    [InlineData("2月底前", 2024, "2024-02-29", DeadlineKind.Month)] // 2024 is a leap year
    [InlineData("2月底前", 2023, "2023-02-28", DeadlineKind.Month)]
    [InlineData("2025年6月底前", 2024, "2025-06-30", DeadlineKind.Month)]
    [InlineData("次年3月底前", 2024, "2025-03-31", DeadlineKind.Month)]
    [InlineData("今年10月", 2024, "2024-10-31", DeadlineKind.Month)]
    [InlineData("2022年10月底前编制并公布实施方案", 2024, "2022-10-31", DeadlineKind.Month)]
    [InlineData("力争于 2024 年 9 月底前完成验收", 2024, "2024-09-30", DeadlineKind.Month)]
    [InlineData("8月上旬", 2024, "2024-08-10", DeadlineKind.Month)]
    [InlineData("8月中旬", 2024, "2024-08-20", DeadlineKind.Month)]
    [InlineData("11月上中旬", 2024, "2024-11-20", DeadlineKind.Month)] // the later of the two 旬 (it was the month's end)
    [InlineData("6月中下旬", 2024, "2024-06-30", DeadlineKind.Month)]
    [InlineData("8月下旬", 2024, "2024-08-31", DeadlineKind.Month)]
    [InlineData("6月初步建成", 2024, "2024-06-30", DeadlineKind.Month)] // 初步 is "preliminary", not 月初
    [InlineData("2024/6/30", 2024, "2024-06-30", DeadlineKind.Day)]
    [InlineData("2024/6/15 0:00:00", 2024, "2024-06-15", DeadlineKind.Day)]
    [InlineData("2024年12月底前全面完成，2025年持续深化", 2024, "2024-12-31", DeadlineKind.Month)]   // the later year only goes on      // a date cell saved as text, with its time
    [InlineData("2024-06-15 00:00:00", 2024, "2024-06-15", DeadlineKind.Day)]
    [InlineData("2024-06-30", 2024, "2024-06-30", DeadlineKind.Day)]
    [InlineData("2024.6.15", 2024, "2024-06-15", DeadlineKind.Day)]
    [InlineData("2024年6月30日", 2024, "2024-06-30", DeadlineKind.Day)]
    [InlineData("6月15日前", 2024, "2024-06-15", DeadlineKind.Day)]
    [InlineData("２０２４／６／３０", 2024, "2024-06-30", DeadlineKind.Day)]
    [InlineData("20240630", 2024, "2024-06-30", DeadlineKind.Day)]
    [InlineData("年底前", 2024, "2024-12-31", DeadlineKind.Year)]
    [InlineData("年内", 2024, "2024-12-31", DeadlineKind.Year)]
    [InlineData("2024年底前", 2023, "2024-12-31", DeadlineKind.Year)]
    [InlineData("全年", 2024, "2024-12-31", DeadlineKind.Year)]
    [InlineData("今年年底前", 2024, "2024-12-31", DeadlineKind.Year)]
    [InlineData("本年度", 2024, "2024-12-31", DeadlineKind.Year)]
    [InlineData("2025年", 2024, "2025-12-31", DeadlineKind.Year)]
    [InlineData("上半年", 2024, "2024-06-30", DeadlineKind.HalfYear)]
    [InlineData("下半年", 2024, "2024-12-31", DeadlineKind.HalfYear)]
    [InlineData("年中", 2024, "2024-06-30", DeadlineKind.HalfYear)]
    [InlineData("明年上半年", 2024, "2025-06-30", DeadlineKind.HalfYear)]
    [InlineData("三季度末", 2024, "2024-09-30", DeadlineKind.Quarter)]
    [InlineData("一季度", 2024, "2024-03-31", DeadlineKind.Quarter)]
    [InlineData("第一季度", 2024, "2024-03-31", DeadlineKind.Quarter)]
    [InlineData("二季度", 2024, "2024-06-30", DeadlineKind.Quarter)]
    [InlineData("第四季度", 2024, "2024-12-31", DeadlineKind.Quarter)]
    [InlineData("2025年第三季度", 2024, "2025-09-30", DeadlineKind.Quarter)]
    [InlineData("Q2", 2024, "2024-06-30", DeadlineKind.Quarter)]
    [InlineData("1-8月", 2024, "2024-08-31", DeadlineKind.Range)]
    [InlineData("1—8月", 2024, "2024-08-31", DeadlineKind.Range)]
    [InlineData("7、8月", 2024, "2024-08-31", DeadlineKind.Range)]
    [InlineData("七、八月", 2024, "2024-08-31", DeadlineKind.Range)]
    [InlineData("7月至9月", 2024, "2024-09-30", DeadlineKind.Range)]
    [InlineData("2024年11月-2025年2月", 2024, "2025-02-28", DeadlineKind.Range)]
    [InlineData("2023-2025年", 2024, "2025-12-31", DeadlineKind.Range)]
    public void Parse_PhraseAsWritten_ReturnsDeadlineAndKind(string text, int ledgerYear, string expected, DeadlineKind kind)
    {
        var parse = DeadlineParser.Parse(RawRows.Text(text), ledgerYear);

        Assert.Null(parse.Error);
        Assert.Equal(kind, parse.Kind);
        Assert.Equal(Date(expected), parse.Deadline);
        Assert.False(parse.OpenEnded);
        Assert.Equal(Date(expected), Assert.Single(parse.Milestones).Date);
    }

    [Theory]
    [InlineData("2024年6月底前", "2024-01-01")] // no start written: the ledger year's 1 January
    [InlineData("三季度", "2024-01-01")] // a quarter is a deadline; the work runs from the year's start
    [InlineData("下半年", "2024-01-01")]
    [InlineData("1-8月", "2024-01-01")]
    [InlineData("7、8月", "2024-07-01")] // a span starts on the 1st of its first month
    [InlineData("7月至9月", "2024-07-01")]
    [InlineData("2023-2025年", "2023-01-01")]
    [InlineData("2024年3月启动，10月底前完成", "2024-03-01")] // 启动 marks a start
    [InlineData("自5月起开展，年底前完成", "2024-05-01")]
    [InlineData("下半年启动，年底前完成", "2024-07-01")] // 下半年 named as the start: 1 July
    public void Parse_PlannedStart_IsYearStartUnlessTheCellNamesOne(string text, string expectedStart)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.Null(parse.Error);
        Assert.Equal(Date(expectedStart), parse.PlannedStart);
    }

    [Fact]
    public void Parse_StartAndDeadline_TheStartIsNotAMilestone()
    {
        var parse = DeadlineParser.Parse("2024年3月启动，10月底前完成", 2024);

        Assert.Equal(DeadlineKind.Month, parse.Kind);
        Assert.Equal(new DateOnly(2024, 10, 31), parse.Deadline);
        Assert.Single(parse.Milestones);
    }

    [Theory]
    [InlineData("6月底前出台方案；12月底前全面推开")]
    [InlineData("6月底前出台方案;12月底前全面推开")]
    [InlineData("6月底前出台方案，12月底前全面推开")]
    [InlineData("6月底前出台方案,12月底前全面推开")]
    [InlineData("6月底前出台方案、12月底前全面推开")]
    [InlineData("6月底前出台方案\n12月底前全面推开")]
    [InlineData("6月底前出台方案\r\n12月底前全面推开")]
    [InlineData("12月底前全面推开；6月底前出台方案")] // written out of order: sorted by date
    public void Parse_TwoMilestones_OrdersThemAndTheLastIsTheDeadline(string text)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.Null(parse.Error);
        Assert.Equal(DeadlineKind.Milestones, parse.Kind);
        Assert.Equal(new DateOnly(2024, 12, 31), parse.Deadline);
        Assert.Collection(
            parse.Milestones,
            m => Assert.Equal(new Milestone(new DateOnly(2024, 6, 30), "6月底前出台方案"), m),
            m => Assert.Equal(new Milestone(new DateOnly(2024, 12, 31), "12月底前全面推开"), m));
        Assert.Equal(new DateOnly(2024, 1, 1), parse.PlannedStart);
    }

    [Fact]
    public void Parse_MilestonesWithOneYear_CarriesTheYearToTheNext()
    {
        // 2025 is written once; 6月 after it belongs to 2025, not to the 2024 ledger year.
        var parse = DeadlineParser.Parse("2025年3月底前出台方案；6月底前推开", 2024);

        Assert.Equal([new DateOnly(2025, 3, 31), new DateOnly(2025, 6, 30)], parse.Milestones.Select(m => m.Date));
        Assert.Equal(new DateOnly(2025, 6, 30), parse.Deadline);
    }

    [Fact]
    public void Parse_ListOfMonthsNotConsecutive_GivesOneMilestonePerMonth()
    {
        var parse = DeadlineParser.Parse("3、6、9、12月底前报送", 2024);

        Assert.Equal(DeadlineKind.Milestones, parse.Kind);
        Assert.Equal(
            [new DateOnly(2024, 3, 31), new DateOnly(2024, 6, 30), new DateOnly(2024, 9, 30), new DateOnly(2024, 12, 31)],
            parse.Milestones.Select(m => m.Date));
    }

    [Theory]
    [InlineData("长期坚持")]
    [InlineData("持续推进")]
    [InlineData("常态化推进")]
    [InlineData("长效推进")]
    [InlineData("每季度报送")]
    public void Parse_OpenEndedPhrase_HasNoDeadline(string text)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.Null(parse.Error);
        Assert.Equal(DeadlineKind.OpenEnded, parse.Kind);
        Assert.True(parse.OpenEnded);
        Assert.Null(parse.Deadline);
        Assert.Empty(parse.Milestones);
        Assert.Equal(new DateOnly(2024, 1, 1), parse.PlannedStart);
    }

    [Fact]
    public void Parse_OpenEndedWithStart_KeepsTheStart()
    {
        var parse = DeadlineParser.Parse("2024年3月起长期坚持", 2024);

        Assert.Equal(DeadlineKind.OpenEnded, parse.Kind);
        Assert.Equal(new DateOnly(2024, 3, 1), parse.PlannedStart);
    }

    [Fact]
    public void Parse_OpenEndedWordBesideADate_TheDateWins()
    {
        var parse = DeadlineParser.Parse("持续推进，年底前取得阶段性成效", 2024);

        Assert.Equal(DeadlineKind.Year, parse.Kind);
        Assert.Equal(new DateOnly(2024, 12, 31), parse.Deadline);
    }

    [Theory]
    [InlineData("根据上级要求")]
    [InlineData("待上级通知")]
    [InlineData("两年内")] // within two years: not 年内
    [InlineData("2024年13月")]
    [InlineData("2月30日")]
    [InlineData("2025年3月起实施")] // a start only
    [InlineData("2024年X月底前")] // the template's month left unfilled: read as it stands, 2024 alone would be 31 December
    [InlineData("2024年  月底前")]
    [InlineData("2024年月底前")]
    [InlineData("6月XX日前")]
    public void Parse_Unreadable_ReturnsErrorWithoutGuessing(string text)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.True(parse.IsError);
        Assert.Contains(text, parse.Error, StringComparison.Ordinal);
        Assert.Equal(DeadlineKind.Missing, parse.Kind);
        Assert.Null(parse.Deadline);
        Assert.Empty(parse.Milestones);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("无")]
    public void Parse_EmptyOrPlaceholder_IsMissingWithoutError(string? text)
    {
        var parse = DeadlineParser.Parse(CellValue.FromText(text), 2024);

        Assert.False(parse.IsError);
        Assert.Equal(DeadlineKind.Missing, parse.Kind);
        Assert.Null(parse.Deadline);
        Assert.Equal(new DateOnly(2024, 1, 1), parse.PlannedStart);
    }

    [Theory]
    [InlineData("国庆节前", "2024-09-30")]
    [InlineData("国庆前完成试点", "2024-09-30")]
    [InlineData("2025年国庆节之前", "2025-09-30")]
    [InlineData("“七一”前", "2024-06-30")]
    [InlineData("五一以前", "2024-04-30")]
    [InlineData("八一前", "2024-07-31")]
    [InlineData("元旦前", "2024-12-31")]
    [InlineData("明年元旦前", "2024-12-31")]
    [InlineData("2026年元旦前", "2025-12-31")]
    public void Parse_BeforeAFixedHoliday_IsTheEndOfTheMonthBeforeIt(string text, string expected)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.Null(parse.Error);
        Assert.Equal(DeadlineKind.Month, parse.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parse.Deadline);
        Assert.Equal(text, Assert.Single(parse.Milestones).Text);
    }

    [Theory]
    [InlineData("2025年春节前", 2024, "2025-01-28")] // 春节 2025: 29 January
    [InlineData("明年春节前", 2024, "2025-01-28")]
    [InlineData("2024年“春节”之前", 2024, "2024-02-09")] // 春节 2024: 10 February
    [InlineData("2026年春节前完成验收", 2025, "2026-02-16")] // 春节 2026: 17 February
    public void Parse_BeforeTheSpringFestivalOfAYear_IsItsEve(string text, int ledgerYear, string expected)
    {
        var parse = DeadlineParser.Parse(text, ledgerYear);

        Assert.Null(parse.Error);
        Assert.Equal(DeadlineKind.Day, parse.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parse.Deadline);
    }

    [Fact]
    public void Parse_BeforeSpringFestival_WithoutAYear_IsAnError_AskingWhichYear()
    {
        var parse = DeadlineParser.Parse("春节前", 2024);

        Assert.Equal("完成时限“春节前”没有写明是哪一年的春节（春节日期每年不同，2024年台账中的春节可能是2024年初的，也可能是2025年初的）；请写明年份（如“2025年春节前”）或填具体日期", parse.Error);
        Assert.Null(parse.Deadline);
    }

    [Theory]
    [InlineData("春节前完成方案，6月底前全面推开")] // before, 30 June alone, the 春节 milestone dropped without a word
    [InlineData("明年两会前")]                     // before, 2025年两会前 was read as the bare year 2025: 31 December 2025
    [InlineData("2025年两会前")]
    [InlineData("两会召开前")]
    [InlineData("年前")]
    [InlineData("过年前完成")]
    public void Parse_BeforeAnEventWithoutADate_IsAnError_AlsoBesideOtherDates(string text)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.True(parse.IsError, text);
        Assert.Equal(DeadlineKind.Missing, parse.Kind);
        Assert.Null(parse.Deadline);
    }

    [Fact]
    public void Parse_BeforeTheNewYearOrTheCongresses_SaysWhyAndWhatToWrite()
    {
        // In a 2024 ledger: 年前 is the end of 2024 or the Spring Festival of 2025; the example for 两会 is next February.
        Assert.Equal(
            "完成时限“年前”中的“年前”可能指2024年底前，也可能指春节前（春节日期每年不同），无法确定是哪一天；请写明日期（如“2024年12月底前”或“2025年春节前”）",
            DeadlineParser.Parse("年前", 2024).Error);
        Assert.Equal(
            "完成时限“2025年两会前”中的“两会前”没有具体日期（两会每年召开的日期不同：全国两会一般在3月上旬，省、市、县两会多在1、2月）；请写明日期（如“2025年2月底前”）",
            DeadlineParser.Parse("2025年两会前", 2024).Error);
    }

    [Theory]
    [InlineData("上半年前", "2024-06-30")] // 年前 of 上半年 is the half's: 30 June
    [InlineData("今年年底前", "2024-12-31")]
    [InlineData("2025年春节前", "2025-01-28")] // 春节 with its year is a date (the eve of 29 January 2025)
    public void Parse_PhrasesWith年前ThatNameADate_AreRead(string text, string expected)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.Null(parse.Error);
        Assert.Equal(Date(expected), parse.Deadline);
        Assert.Null(parse.Note);
    }

    [Theory]
    [InlineData("2024年前", 2024, "2024-12-31", "完成时限“2024年前”已按2024年12月31日计；它也可能指2024年之前（即2023年底前），如是此意，请改为“2023年12月底前”")]
    [InlineData("2025年以前全面推开", 2024, "2025-12-31", "完成时限“2025年以前全面推开”中的“2025年以前”已按2025年12月31日计；它也可能指2025年之前（即2024年底前），如是此意，请改为“2024年12月底前”")]
    [InlineData("2024年底前出台方案，2025年前全面推开", 2024, "2025-12-31", "完成时限“2024年底前出台方案，2025年前全面推开”中的“2025年前”已按2025年12月31日计；它也可能指2025年之前（即2024年底前），如是此意，请改为“2024年12月底前”")]
    public void Parse_AYearFollowedBy前_IsTheYearsEnd_WithANoteThatItMayMeanTheYearBefore(string text, int ledgerYear, string expected, string note)
    {
        var parse = DeadlineParser.Parse(text, ledgerYear);

        Assert.Null(parse.Error);
        Assert.Equal(Date(expected), parse.Deadline);
        Assert.Equal(note, parse.Note);
    }

    [Theory]
    [InlineData("2024年底前")]
    [InlineData("2024年前三季度")] // the year's first three quarters: 30 September, no doubt about the year
    [InlineData("2024年6月前")]
    public void Parse_YearPhrasesThatAreNotAYearBefore_HaveNoNote(string text)
    {
        Assert.Null(DeadlineParser.Parse(text, 2024).Note);
    }

    [Fact]
    public void Parse_ExcelDateCell_IsThatDay()
    {
        var parse = DeadlineParser.Parse(new CellValue(null, Date: new DateOnly(2024, 6, 15)), 2024);

        Assert.Equal(DeadlineKind.Day, parse.Kind);
        Assert.Equal(new DateOnly(2024, 6, 15), parse.Deadline);
    }

    [Fact]
    public void Parse_DateCellShownAsMonth_IsTheMonthEnd()
    {
        // Excel keeps 2024-06-01 for a cell typed 2024年6月; the cell shows a month, so the month's end.
        var parse = DeadlineParser.Parse(new CellValue("2024年6月", Date: new DateOnly(2024, 6, 1)), 2024);

        Assert.Equal(DeadlineKind.Month, parse.Kind);
        Assert.Equal(new DateOnly(2024, 6, 30), parse.Deadline);
    }

    [Fact]
    public void Parse_DateCellShownAsYear_IsTheYearEnd()
    {
        // A cell typed 2024 and formatted yyyy"年" holds 2024-01-01 and shows 2024年: the year's end, not New Year's Day.
        var parse = DeadlineParser.Parse(new CellValue("2024年", Date: new DateOnly(2024, 1, 1)), 2024);

        Assert.Equal(DeadlineKind.Year, parse.Kind);
        Assert.Equal(new DateOnly(2024, 12, 31), parse.Deadline);
    }

    [Fact]
    public void Parse_NumberCellWithSerialDate_IsThatDay()
    {
        // Serial 45292 is 2024-01-01; + 31 (Jan) + 29 (Feb) + 31 + 30 + 31 = 45444 is 1 June; + 29 = 45473 is 30 June.
        var parse = DeadlineParser.Parse(new CellValue("45473", Number: 45473), 2024);

        Assert.Equal(DeadlineKind.Day, parse.Kind);
        Assert.Equal(new DateOnly(2024, 6, 30), parse.Deadline);
    }

    [Fact]
    public void Parse_NumberCellYearDotMonth_IsTheMonth()
    {
        var parse = DeadlineParser.Parse(new CellValue(null, Number: 2024.6), 2024);

        Assert.Equal(DeadlineKind.Month, parse.Kind);
        Assert.Equal(new DateOnly(2024, 6, 30), parse.Deadline);
    }

    [Fact]
    public void Parse_NumberCellYearDotOne_IsRefusedAsAmbiguous()
    {
        // 2024.10 typed as a number is stored as 2024.1: January or October cannot be told.
        var parse = DeadlineParser.Parse(new CellValue("2024.1", Number: 2024.1), 2024);

        Assert.True(parse.IsError);
        Assert.Contains("10", parse.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024.10", 2024.1, "2024-10-31")] // shown with the two decimals of a 0.00 format: October, as the office sees it
    [InlineData("2024.01", 2024.01, "2024-01-31")] // the number itself is 2024.01, not 2024.1: January, nothing dropped
    [InlineData("2024.60", 2024.6, "2024-06-30")] // 2024.6 in a 0.00 cell: June, the last zero only the format's
    public void Parse_NumberCellShownWithTwoDecimals_IsTheMonthShown(string shown, double number, string expected)
    {
        var parse = DeadlineParser.Parse(new CellValue(shown, Number: number), 2024);

        Assert.Null(parse.Error);
        Assert.Equal(DeadlineKind.Month, parse.Kind);
        Assert.Equal(Date(expected), parse.Deadline);
    }

    [Fact]
    public void Parse_TextYearDotTen_IsOctober()
    {
        var parse = DeadlineParser.Parse("2024.10", 2024);

        Assert.Equal(new DateOnly(2024, 10, 31), parse.Deadline);
    }

    [Fact]
    public void Parse_SmallNumberCell_IsAnError()
    {
        var parse = DeadlineParser.Parse(new CellValue("6", Number: 6), 2024);

        Assert.True(parse.IsError);
    }

    [Fact]
    public void Parse_SamePhraseTwice_ReturnsTheCachedResult()
    {
        var first = DeadlineParser.Parse("三季度末前完成（缓存测试）", 2024);
        var second = DeadlineParser.Parse(RawRows.Text("三季度末前完成（缓存测试）"), 2024);
        var otherYear = DeadlineParser.Parse("三季度末前完成（缓存测试）", 2025);

        Assert.Same(first, second);
        Assert.Equal(new DateOnly(2025, 9, 30), otherYear.Deadline);
    }

    [Theory]
    [InlineData("6.30", "2024-06-30")]
    [InlineData("12.31前", "2024-12-31")]
    [InlineData("9.15日前完成", "2024-09-15")]
    [InlineData("6.5", "2024-06-05")] // 6.50 cannot be: the 5th
    [InlineData("6.1前", "2024-06-01")]
    [InlineData("３．３１", "2024-03-31")]
    [InlineData("2025年启动，6.30前出台", "2025-06-30")] // the year written before it
    public void Parse_MonthDotDayWithoutYear_IsThatDayOfTheLedgerYear(string text, string expected)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.Null(parse.Error);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), parse.Deadline);
    }

    [Fact]
    public void Parse_MonthDotOneToThree_MayHaveLostItsZero_IsRefusedSayingBoth()
    {
        // 6.3 typed as a number is 6.30 shown without its zero; as text in a CSV saved from such a sheet too.
        const string Expected = "完成时限“6.3”可能是6月3日，也可能是“6.30”被表格去掉了末尾的0；请写成“6月30日前”这样的文字或填日期";

        Assert.Equal(Expected, DeadlineParser.Parse("6.3", 2024).Error);
        Assert.Equal(Expected, DeadlineParser.Parse(new CellValue("6.3", Number: 6.3), 2024).Error);
        Assert.Equal(new DateOnly(2024, 6, 15), DeadlineParser.Parse(new CellValue("6.15", Number: 6.15), 2024).Deadline);
    }

    [Theory]
    [InlineData("原定6月底前，调整为9月底前", "2024-09-30", 1)]
    [InlineData("2024年6月底前（已延期至12月底）", "2024-12-31", 1)]
    [InlineData("3月底前出台方案，6月底前试点；试点推迟到2025年3月", "2025-03-31", 1)]
    [InlineData("6月底前出台方案，调整内容后12月底前推开", "2024-12-31", 2)] // 调整 with no date after it changes nothing
    public void Parse_DeadlineChangedInTheCell_IsTheNewDeadline(string text, string expected, int milestones)
    {
        var parse = DeadlineParser.Parse(text, 2024);

        Assert.Null(parse.Error);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), parse.Deadline);
        Assert.Equal(milestones, parse.Milestones.Count);
    }

    [Theory]
    [InlineData("10月1日前", "2024-09-30")]
    [InlineData("2025年1月1日之前", "2024-12-31")]
    [InlineData("7月1日以前完成", "2024-06-30")]
    [InlineData("10月1日", "2024-10-01")] // no 前: the day itself
    [InlineData("10月11日前", "2024-10-11")]
    public void Parse_BeforeTheFirstOfAMonth_IsTheEndOfTheMonthBefore(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), DeadlineParser.Parse(text, 2024).Deadline);
    }

    [Fact]
    public void Parse_TemplateBlank_SaysWhatWasLeftUnfilled()
    {
        Assert.Equal("完成时限“2024年X月底前”中的“X月”没有填写具体的月或日（模板中的空白）", DeadlineParser.Parse("2024年X月底前", 2024).Error);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

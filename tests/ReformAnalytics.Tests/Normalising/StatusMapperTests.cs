using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Normalising;

public sealed class StatusMapperTests
{
    [Theory]
    [InlineData("已完成", ReportedStatus.Completed)]
    [InlineData("完成", ReportedStatus.Completed)]
    [InlineData("任务完成", ReportedStatus.Completed)]
    [InlineData("已办结", ReportedStatus.Completed)]
    [InlineData("办结销号", ReportedStatus.Completed)]
    [InlineData("已销号", ReportedStatus.Completed)]
    [InlineData("全部完成", ReportedStatus.Completed)]
    [InlineData("提前完成", ReportedStatus.Completed)]
    [InlineData("超进度", ReportedStatus.Ahead)]
    [InlineData("进展较快", ReportedStatus.Ahead)]
    [InlineData("进度较快", ReportedStatus.Ahead)]
    [InlineData("推进中", ReportedStatus.OnTrack)]
    [InlineData("序时推进", ReportedStatus.OnTrack)]
    [InlineData("按序时推进", ReportedStatus.OnTrack)]
    [InlineData("正常推进", ReportedStatus.OnTrack)]
    [InlineData("有序推进", ReportedStatus.OnTrack)]
    [InlineData("按计划推进", ReportedStatus.OnTrack)]
    [InlineData("达进度", ReportedStatus.OnTrack)]
    [InlineData("滞后", ReportedStatus.Behind)]
    [InlineData("进度滞后", ReportedStatus.Behind)]
    [InlineData("进展滞后", ReportedStatus.Behind)]
    [InlineData("欠进度", ReportedStatus.Behind)]
    [InlineData("进度缓慢", ReportedStatus.Behind)]
    [InlineData("未启动", ReportedStatus.NotStarted)]
    [InlineData("尚未启动", ReportedStatus.NotStarted)]
    [InlineData("未开展", ReportedStatus.NotStarted)]
    [InlineData("中止", ReportedStatus.Suspended)]
    [InlineData("暂缓", ReportedStatus.Suspended)]
    public void Map_DomainPhrase_ReturnsItsStatus(string text, ReportedStatus expected)
    {
        Assert.Equal(expected, StatusMapper.Map(text));
    }

    [Theory]
    [InlineData(" 已完成。 ", ReportedStatus.Completed)]
    [InlineData("已 完 成", ReportedStatus.Completed)]
    [InlineData("已完成\n", ReportedStatus.Completed)]
    [InlineData("【已完成】", ReportedStatus.Completed)]
    [InlineData("已完成（已报送成果）", ReportedStatus.Completed)]
    [InlineData("已完成√", ReportedStatus.Completed)]
    [InlineData("序时推进！", ReportedStatus.OnTrack)]
    [InlineData("已完成，已销号", ReportedStatus.Completed)] // two phrases, same status
    public void Map_WhitespacePunctuationAndRemarks_AreIgnored(string text, ReportedStatus expected)
    {
        Assert.Equal(expected, StatusMapper.Map(text));
    }

    [Fact]
    public void Map_NotCompleted_IsNeverCompleted()
    {
        Assert.Equal(ReportedStatus.Unknown, StatusMapper.Map("未完成"));
    }

    [Fact]
    public void Map_BasicallyCompleted_IsLeftUnknown()
    {
        // 基本完成: neither done nor clearly on track; surfaced as an unknown phrase rather than guessed.
        Assert.Equal(ReportedStatus.Unknown, StatusMapper.Map("基本完成"));
    }

    [Theory]
    [InlineData("全面完成", ReportedStatus.Completed)]
    [InlineData("超前", ReportedStatus.Ahead)]
    [InlineData("超序时推进", ReportedStatus.Ahead)]
    [InlineData("稳步推进", ReportedStatus.OnTrack)]
    [InlineData("进展顺利", ReportedStatus.OnTrack)]
    [InlineData("按时序推进", ReportedStatus.OnTrack)]
    [InlineData("正在办理", ReportedStatus.OnTrack)]
    [InlineData("持续推进", ReportedStatus.OnTrack)]
    [InlineData("常态化推进", ReportedStatus.OnTrack)]
    [InlineData("进展缓慢", ReportedStatus.Behind)]
    [InlineData("进度落后", ReportedStatus.Behind)]
    [InlineData("暂停", ReportedStatus.Suspended)]
    [InlineData("终止", ReportedStatus.Suspended)]
    public void Map_SynonymsUnitsWrite_ReturnTheirStatus(string text, ReportedStatus expected)
    {
        Assert.Equal(expected, StatusMapper.Map(text));
    }

    [Theory]
    [InlineData("推进中（滞后）", ReportedStatus.Behind)]
    [InlineData("推进中（超序时）", ReportedStatus.Ahead)]
    [InlineData("推进中，进度滞后", ReportedStatus.Behind)]
    [InlineData("正在推进；进度较快", ReportedStatus.Ahead)]
    [InlineData("推进中（序时推进）", ReportedStatus.OnTrack)]
    [InlineData("已完成（滞后）", ReportedStatus.Completed)] // done, late: whether late is computed from the dates
    [InlineData("暂缓（滞后）", ReportedStatus.Suspended)]
    [InlineData("有序推进中", ReportedStatus.OnTrack)]
    [InlineData("序时", ReportedStatus.OnTrack)]
    [InlineData("正在实施", ReportedStatus.OnTrack)]
    [InlineData("滞后于序时", ReportedStatus.Behind)]
    [InlineData("逾期未完成", ReportedStatus.Behind)]
    [InlineData("未按期完成", ReportedStatus.Behind)]
    [InlineData("停滞", ReportedStatus.Behind)]
    [InlineData("按期完成", ReportedStatus.Completed)]
    [InlineData("逾期完成", ReportedStatus.Completed)]
    [InlineData("已暂停", ReportedStatus.Suspended)]
    [InlineData("取消", ReportedStatus.Suspended)]
    [InlineData("按序时推进中", ReportedStatus.OnTrack)]
    [InlineData("进度滞后，正在加快推进", ReportedStatus.Behind)]
    [InlineData("序时推进，加快推进", ReportedStatus.OnTrack)]
    [InlineData("按期推进", ReportedStatus.OnTrack)]
    [InlineData("正常", ReportedStatus.OnTrack)]
    [InlineData("已完结", ReportedStatus.Completed)]
    [InlineData("超序时进度", ReportedStatus.Ahead)]
    [InlineData("尚未开展", ReportedStatus.NotStarted)]
    [InlineData("暂未启动", ReportedStatus.NotStarted)]
    [InlineData("未开始", ReportedStatus.NotStarted)]
    [InlineData("待启动", ReportedStatus.NotStarted)]
    [InlineData("还未启动", ReportedStatus.NotStarted)]
    [InlineData("尚未实施", ReportedStatus.NotStarted)]
    [InlineData("按计划完成", ReportedStatus.Completed)]
    [InlineData("超额完成", ReportedStatus.Completed)]
    [InlineData("已完成年度目标", ReportedStatus.Completed)] // the ledger is the year's: its target met is the task done
    [InlineData("按时间节点推进", ReportedStatus.OnTrack)]
    [InlineData("按节点推进", ReportedStatus.OnTrack)]
    public void Map_UnderWayWithAJudgement_AndFurtherPhrasesUnitsWrite(string text, ReportedStatus expected)
    {
        Assert.Equal(expected, StatusMapper.Map(text));
    }

    [Theory]
    [InlineData("推进中，已完成")] // two phrases that disagree
    [InlineData("滞后，超序时")] // two judgements that disagree
    [InlineData("已启动")] // says neither on track nor behind
    [InlineData("部分完成")]
    [InlineData("已完成阶段性任务")] // a stage done, not the task
    [InlineData("未完成")] // not done, but neither on track nor behind
    [InlineData("加快推进")] // said of tasks on track and of tasks behind alike
    [InlineData("已印发")] // a document issued is not always the task done
    [InlineData("逾期")] // computed from the deadline, never taken from the unit's word
    [InlineData("见附件")]
    [InlineData("√")]
    public void Map_UnmappedPhrase_IsUnknown(string text)
    {
        Assert.Equal(ReportedStatus.Unknown, StatusMapper.Map(text));
        Assert.True(StatusMapper.IsUnmapped(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Map_Empty_IsUnknownButNotUnmapped(string? text)
    {
        Assert.Equal(ReportedStatus.Unknown, StatusMapper.Map(text));
        Assert.False(StatusMapper.IsUnmapped(text));
    }

    [Theory]
    [InlineData("已出台", true)]
    [InlineData("已印发", true)]
    [InlineData("已 印 发。", true)]
    [InlineData("已印发（县委办发〔2024〕12号）", true)]
    [InlineData("已制定出台", true)]
    [InlineData("已印发实施", true)]
    [InlineData("已出台方案，正在推进", false)]
    [InlineData("拟于7月出台", false)]
    [InlineData("未印发", false)]
    [InlineData("", false)]
    public void SaysDocumentIssued_OnlyForAPhraseSayingTheDocumentWasIssued_WhichMapAloneLeavesUnknown(string text, bool issued)
    {
        Assert.Equal(issued, StatusMapper.SaysDocumentIssued(text));
        Assert.Equal(ReportedStatus.Unknown, StatusMapper.Map(text));
    }
}

namespace ReformAnalytics.Sample.Export;

/// <summary>How the office's three ledgers of a month arrive as files.</summary>
internal enum MonthPackage
{
    /// <summary>总台账 .xlsx (month zero-padded), 上级部署试点 UTF-16 tab .txt, 自选试点 GB18030 .csv.</summary>
    SeparateA,

    /// <summary>总台账 .xlsx (sheet Sheet1), 上级部署试点 UTF-8 BOM .csv, 自选试点 UTF-8 .csv.</summary>
    SeparateB,

    /// <summary>One workbook 改革台账.xlsx with sheets 总台账, 上级部署试点, 自选试点.</summary>
    Combined,

    /// <summary>总台账 GB18030 .csv, and a workbook 改革试点台账.xlsx with sheets 上级部署试点, 自选试点.</summary>
    OverallCsvPilotBook,

    /// <summary>总台账 .xlsx (sheet named by month), 上级部署试点 .xlsx, 自选试点 GB18030 .csv.</summary>
    SeparateC,

    /// <summary>总台账 .xlsx, 上级部署试点 UTF-16 tab .csv, 自选试点 UTF-8 BOM .csv.</summary>
    SeparateD,
}

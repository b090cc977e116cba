using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>Every message of the reading stage, in one place, written for the person who has to fix the file.</summary>
internal static class ReadingMessages
{
    public const string FileMissing = "找不到该文件，请检查路径是否正确。";

    public const string EmptyFile = "文件是空的（没有任何内容），无法读取。请确认导出是否成功，重新导出台账后再导入。";

    public const string Undecodable = "无法识别文件编码：内容既不是 UTF-8 或 UTF-16 文本，也不是 GB18030（GBK）文本，可能不是 CSV 文件或已损坏。请用 Excel 或 WPS 打开后另存为 UTF-8 或 GB18030 编码的 CSV，或直接另存为 .xlsx。";

    public const string MixedEncoding = "无法识别文件编码：文件前部是 UTF-8 文本，后部却有不符合 UTF-8 的内容（可能混用了多种编码或已损坏）。请用 Excel 或 WPS 打开后另存为 UTF-8 或 GB18030 编码的 CSV。";

    public const string UnterminatedQuote = "该行有单元格以英文双引号（\"）开头，但直到文件末尾都没有与之配对的结束引号，之后的内容无法正确分行分列。请检查该单元格中的引号，或用 Excel 打开后重新另存为 CSV。";

    public const string NotALedger = "未找到台账表头：表头行需包含任务列（改革任务、任务名称、重点任务等）以及至少一个其他已知列（如牵头单位、完成时限、进展情况），该文件看起来不是改革任务台账。如果表头是其他写法（如英文），请用 --map 指定列映射文件。";

    public const string SheetSkippedNoHeader = "该工作表中未找到台账表头（需包含改革任务等列），已跳过。若其中确有台账，请检查表头，或用 --map 指定列映射文件。";

    public const string HiddenSheetSkipped = "该工作表处于隐藏状态，未读取。如需导入，请在 Excel 中取消隐藏后重新保存。";

    public const string SheetSkippedNoTasks = "该工作表只有表头，没有任务行（可能是空白模板或尚未填写的月份），未读取。";

    /// <summary>A file (or every sheet of it) with a ledger header and no task row: storing it would empty its month.</summary>
    public static string NoTaskRows(int rowsInError) =>
        "只有台账表头，没有任务行（可能是空白模板，或导出不完整）"
        + (rowsInError > 0 ? $"；另有{rowsInError}行缺少任务名称等必填内容，未能作为任务读取" : string.Empty)
        + "。入库会把该月份的台账存成没有任务，因此拒收。请填好任务后重新导入。";

    public const string EmptyWorkbook = "工作簿中没有任何数据（所有工作表都是空的）。请确认导出是否成功，重新导出台账后再导入。";

    public const string WorkbookCorrupt = "工作簿文件不完整或已损坏（可能是下载或复制时中断），无法读取。请重新导出台账，或用 Excel/WPS 打开后另存为新的 .xlsx 文件再导入。";

    /// <summary>A WPS spreadsheet (.et) in WPS's own format: only an .et that WPS saved compatible with Excel (a BIFF or an Open XML workbook inside) is read.</summary>
    public const string WpsWorkbookUnreadable =
        "该文件是 WPS 表格文件（.et），但保存格式不是本工具能读取的（只能读取与 Excel 兼容的 .et）。请在 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再导入。";

    public const string NotAWorkbook = "文件是压缩包格式，但不是 Excel 工作簿（.xlsx）。请确认选择的是台账文件。";

    public const string PasswordProtected = "工作簿设置了打开密码，无法读取。请在 Excel 中取消密码保护并保存后再导入。";

    public const string MapFileMissing = "找不到列映射文件，请检查 --map 后的路径。";

    public const string MapNotAMapping = "列映射文件应为“表头文字: 列名”的键值对，每行一项，例如 Task: task。";

    public const string MapEmptyHeader = "列映射中有一项的表头文字为空，请删除该项或补上表头文字。";

    public static string DecodeFailed(string encoding) =>
        $"从这一行往后不远处有无法按 {encoding} 编码解码的内容（文件可能混用了多种编码或已损坏）。请用 Excel 或 WPS 打开后另存为 UTF-8 编码的 CSV，或另存为 .xlsx。";

    public static string AllSheetsNoHeader(IEnumerable<string> sheets) =>
        $"所有工作表（{string.Join("、", sheets)}）中都未找到台账表头：表头行需包含任务列（改革任务、任务名称、重点任务等）以及至少一个其他已知列（如牵头单位、完成时限）。该文件看起来不是改革任务台账；如果表头是其他写法，请用 --map 指定列映射文件。";

    public static string Unsupported(string kind) =>
        $"不支持该文件格式（{kind}）。请提供 .xlsx、.xls 或 .csv 格式的台账。";

    public const string WebPageWithoutTable =
        "该文件是网页（HTML）格式，但其中没有表格，看起来不是改革任务台账（例如是一份通知）。如确为台账，请用 Excel 打开后另存为 .xlsx 再导入。";

    public const string SingleFileWebPage =
        "该文件是“单个文件网页”（MHTML）格式，无法按台账读取。请用 Excel 打开后另存为 .xlsx（或另存为“网页”格式）再导入。";

    public static string CellBeyondSheet(long row, long column) =>
        string.Create(CultureInfo.InvariantCulture, $"该文件把单元格放在第{FigureText.Count(row)}行、第{FigureText.Count(column)}列，超出了表格的范围（1048576行、16384列），文件可能已损坏。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。");

    public static string MergedCellsTooMany(long maxCells) =>
        string.Create(CultureInfo.InvariantCulture, $"该文件（网页或 XML 表格格式）的表格展开合并单元格后超过{FigureText.Count(maxCells)}个单元格，疑似异常文件，已拒绝读取。请用 Excel 打开后另存为 .xlsx 再导入。");

    public const string SpreadsheetXmlCorrupt =
        "该文件是 Excel 2003 XML 表格格式，但内容不完整或已损坏，无法读取。请用 Excel 打开后另存为 .xlsx 再导入，或重新导出。";

    public static string TooLargeUnpacked(long total, long max) =>
        $"工作簿解压后超过{FormatBytes(total)}，超出允许的上限{FormatBytes(max)}，疑似异常文件（压缩炸弹），已拒绝读取。如确为正常台账，请删除无关工作表或拆分后再导入。";

    public const string WordWithoutTable = "Word 文档中没有表格，不是台账。请把台账做成表格（表头写明“改革任务”“牵头单位”等），或另存为 .xlsx 再导入。";

    public const string WordCorrupt = "Word 文档（.docx）不完整或已损坏，无法读取。请重新导出，或用 Word/WPS 打开后另存为新的 .docx 再导入。";

    public const string NotAWordDocument = "文件名是 .docx，但内容不是 Word 文档。请确认选择的是台账文件。";

    public const string OdsCorrupt = "OpenDocument 表格（.ods）不完整或已损坏，无法读取。请用 WPS、LibreOffice 或 Excel 打开后另存为 .xlsx 再导入。";

    public const string ArchiveCorrupt = "压缩包不完整或已损坏（可能是下载或复制时中断），无法解压。请重新下载，或解压后再导入其中的台账。";

    public const string ArchiveLocked = "压缩包设置了解压密码（连文件名也需密码才能查看），无法读取。请解压后再导入其中的台账，或请报送单位发送不加密的压缩包。";

    public static string ArchiveEncrypted(string file) => $"压缩包中的“{file}”设置了解压密码，无法读取。请解压后再导入其中的台账。";

    public static string ArchiveTooManyEntries(int count, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"压缩包内有{FigureText.Count(count)}个文件，超过上限{FigureText.Count(max)}个，疑似异常文件，已拒绝读取。请解压后只导入其中的台账文件。");

    public static string ArchiveTooLarge(long max) =>
        $"压缩包解压后超过允许的上限{FormatBytes(max)}，疑似异常文件（压缩炸弹），已拒绝读取。请解压后只导入其中的台账文件。";

    public static string ArchiveCompressionRatio(string entry, double ratio, double max) =>
        string.Create(CultureInfo.InvariantCulture, $"压缩包中的“{entry}”压缩比高达{ratio:0}倍（上限{max:0}倍），疑似异常文件（压缩炸弹），已拒绝读取。请解压后只导入其中的台账文件。");

    public static string CompressionRatio(string part, double ratio, double max) =>
        string.Create(CultureInfo.InvariantCulture, $"工作簿中的部件“{part}”压缩比高达{ratio:0}倍（上限{max:0}倍），疑似异常文件（压缩炸弹），已拒绝读取。请重新导出台账。");

    /// <summary>A row with content but no task; <paramref name="seqNo"/> or else <paramref name="firstText"/> says which row it is.</summary>
    public static string RowWithoutTask(string taskHeader, string? seqNo, string firstText) =>
        (seqNo is not null ? $"该行（序号{seqNo}）" : $"该行（“{firstText}”）")
        + $"填写了内容，但“{taskHeader}”列为空，未作为任务导入。请补填任务名称；如该行是上一行任务的续行，请与上一行合并。";

    /// <summary>
    /// Rows whose 序号 the next task row's extends (1 above 1.1): headings of their sub-tasks, left out; told once per table,
    /// each such row named (the first ten, then how many more).
    /// </summary>
    public static string ParentRowsAsHeadings(IReadOnlyList<(int Row, string Seq, string Task)> headings, string firstChild)
    {
        var named = string.Join("；", headings.Take(10).Select(h => string.Create(CultureInfo.InvariantCulture, $"第{h.Row}行（序号{h.Seq}“{h.Task}”）")));
        var more = headings.Count > 10 ? string.Create(CultureInfo.InvariantCulture, $"等{headings.Count}行") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"本表有{headings.Count}行任务下分有子任务（如序号{headings[0].Seq}下有{firstChild}），这些行按其子任务的标题处理，未作为任务入库，只统计其下的子任务：{named}{more}。如某行本身也是一项需单独考核的任务，请把它与子任务分开，另列一行并单独编号后重新报送。");
    }

    /// <summary>Task rows a sheet hides, read as any other; told once per table, naming the rows (the first twenty, then how many).</summary>
    public static string HiddenTaskRows(IReadOnlyList<int> rows)
    {
        var named = string.Join("、", rows.Take(20).Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var more = rows.Count > 20 ? string.Create(CultureInfo.InvariantCulture, $"等{rows.Count}行") : "行";
        return string.Create(CultureInfo.InvariantCulture, $"本表有{rows.Count}行任务处于隐藏状态（在 Excel 中看不到）：第{named}{more}。隐藏的行仍是台账的内容，已照常作为任务读取入库；如其中有已撤销、不应再统计的任务，请把这些行从台账中删除（而不是隐藏）后重新报送。");
    }

    /// <summary>The template's example row, left out.</summary>
    public const string ExampleRow = "该行是模板中的填报示例（序号写“示例”，或单位、任务写作“XX”），未作为任务导入；如确是任务，请改为实际的序号、任务名称和单位。";

    /// <summary>A number where a task's name belongs (a statistics table's count), left out.</summary>
    public static string NumberAsTask(string taskHeader) =>
        $"“{taskHeader}”列只有数字，不是任务名称（常见于统计表中的任务数），该行未作为任务导入。如该表是统计表，可不随台账报送。";

    /// <summary>
    /// A cell of one of the ledger's columns on a task row showing an Excel formula error: stored empty. What to write
    /// instead is said by the column: a figure for 完成进度, a date for 完成时限 and 开始时间, else the content.
    /// </summary>
    public static string FormulaErrorCell(string header, string error, CanonicalColumn column) =>
        $"“{header}”列的单元格是 {FormulaErrorKind(error)}“{error}”（{FormulaErrorMeaning(error)}），该格按空白入库"
        + column switch
        {
            // What an empty lead unit or deadline means, said here once (before, a second warning said the cell was not filled in).
            CanonicalColumn.LeadUnit => "，该任务不计入任何单位的指标、排名和督办单",
            CanonicalColumn.Deadline => "，该任务不参与按时限计算的指标（完成率、逾期、滞后、双过半），各报告将其另计为“未写完成时限”",
            _ => string.Empty,
        }
        + "；请改正公式或直接填写"
        + column switch
        {
            CanonicalColumn.ProgressPct => "数值",
            CanonicalColumn.Deadline or CanonicalColumn.StartDate => "日期",
            _ => "内容",
        }
        + "后重新报送。";

    /// <summary>A task row whose task cell shows an Excel formula error: no task name, so no task.</summary>
    public static string FormulaErrorTask(string taskHeader, string? seqNo, string error) =>
        (seqNo is not null ? $"该行（序号{seqNo}）" : "该行")
        + $"的“{taskHeader}”列是 {FormulaErrorKind(error)}“{error}”（{FormulaErrorMeaning(error)}），读不出任务名称，未作为任务导入。请改正公式或直接填写任务名称后重新报送。";

    /// <summary>Whose formula error it is, as a person who saved the file knows it: LibreOffice's numbered ones (Err:502), else Excel's.</summary>
    internal static string FormulaErrorKind(string error) =>
        error.StartsWith("Err:", StringComparison.Ordinal) ? "LibreOffice 公式错误" : "Excel 公式错误";

    /// <summary>
    /// What an Excel formula error means, in the words of a person who uses Excel; an error shown in another language
    /// (#WERT!) means what its English name does, a LibreOffice one what its number does (Err:532 is #DIV/0!, Err:502 an
    /// invalid argument).
    /// </summary>
    internal static string FormulaErrorMeaning(string error) => ExcelErrors.InEnglish(error) switch
    {
        ExcelErrors.DivideByZero => "公式无法计算，常见于除数为零或为空",
        ExcelErrors.NotAvailable => "查找公式（如 VLOOKUP）没有找到对应的值",
        ExcelErrors.Reference => "公式引用的单元格已被删除或移走",
        ExcelErrors.Value => "公式中有不能参与计算的值，如文字",
        ExcelErrors.Name => "公式中有无法识别的函数名或名称",
        ExcelErrors.Number => "公式算出的数值无效或超出范围",
        ExcelErrors.Null => "公式中的区域引用有误",
        ExcelErrors.Spill => "公式结果需要多个单元格，但旁边的单元格不空",
        ExcelErrors.Calc => "公式无法计算，常见于筛选或数组的结果为空",
        ExcelErrors.GettingData => "保存时公式仍在读取数据、尚未算完",
        var other => LibreOfficeErrors.Meaning(other.Trim()) ?? "公式无法计算",
    };

    /// <summary>The name of a column past the header, which has none: 第12列（表头以外）.</summary>
    public static string ColumnPastHeader(int column) =>
        string.Create(CultureInfo.InvariantCulture, $"第{column + 1}列（表头以外）");

    /// <summary>A CSV row with more cells than its header: most often a comma inside a cell that was not quoted.</summary>
    public static string CellsPastHeader(int headerColumns, int rowColumns) =>
        string.Create(CultureInfo.InvariantCulture, $"该行有{rowColumns}格内容，表头只有{headerColumns}列：多出的内容未读取。常见原因是某一格中有英文逗号（,）而没有加引号，把一格分成了两格，该行此后各列都会错位（如单位读成了完成时限）。请核对本行，把英文逗号改为中文逗号（，）后重新导出。");

    /// <summary>A column of a sheet with no header above it and something in it: read by nobody.</summary>
    public static string ColumnWithoutHeader(int rows, int firstRow) =>
        string.Create(CultureInfo.InvariantCulture, $"该列没有表头，但有{rows}个任务行在其中填了内容（首见第{firstRow}行），这些内容未读取。如是需要读取的列，请补上表头（如“备注”以外的已知列名），或用 --map 指定。");

    public static string UnknownHeaders(IEnumerable<string> headers) =>
        $"以下列名未能识别，已忽略：{string.Join("、", headers)}。如需读取，请用 --map 列映射文件指定它们对应的列。";

    public static string DuplicateColumn(string ignored, string kept, CanonicalColumn column) =>
        $"“{ignored}”列与“{kept}”列都对应“{CanonicalColumnNames.Label(column)}”，已采用“{kept}”列，忽略“{ignored}”列。";

    /// <summary>Two columns of one period kind (7月完成进度, 8月完成进度): the one naming the table's report month is read.</summary>
    public static string DuplicateColumnOfReportMonth(string ignored, string kept, CanonicalColumn column, ReportMonth month) =>
        $"“{ignored}”列与“{kept}”列都对应“{CanonicalColumnNames.Label(column)}”，本表是{month.Label}的台账，已采用写明该月的“{kept}”列，忽略“{ignored}”列。";

    /// <summary>
    /// Two such columns, the one the usual order reads naming another month than the table's (7月完成进度 and 9月完成进度 in
    /// August's ledger, or 1-7月 before 8月): read as before, and the office asked to check it.
    /// </summary>
    public static string DuplicateColumnOfAnotherMonth(string ignored, string kept, CanonicalColumn column, ReportMonth month) =>
        $"“{ignored}”列与“{kept}”列都对应“{CanonicalColumnNames.Label(column)}”，已按列的先后规则采用“{kept}”列，忽略“{ignored}”列；但“{kept}”列写明的月份不是本表的月份（{month.Label}），请核对所填是否为本月的情况（常见于沿用上月的表格而未改表头）。";

    /// <summary>A hidden column beside a shown one of the same canonical column, nothing telling them apart: the shown one is this month's.</summary>
    public static string HiddenColumnIgnored(string ignored, string ignoredLetter, string kept, string keptLetter, CanonicalColumn column) =>
        $"隐藏列“{ignored}”（{ignoredLetter}列）与可见列“{kept}”（{keptLetter}列）都对应“{CanonicalColumnNames.Label(column)}”，按可见列为本月所填的规则采用可见列，忽略隐藏列（常见于隐藏了上月的列）。如隐藏列才是本月所填，请删除上月的列后重新报送。";

    /// <summary>A hidden column naming the report month beside shown ones naming another month: the month decides.</summary>
    public static string ShownColumnOfAnotherMonthIgnored(string ignored, string ignoredLetter, string kept, string keptLetter, CanonicalColumn column, ReportMonth month) =>
        $"可见列“{ignored}”（{ignoredLetter}列）与隐藏列“{kept}”（{keptLetter}列）都对应“{CanonicalColumnNames.Label(column)}”，本表是{month.Label}的台账，已采用写明该月的隐藏列“{kept}”，忽略可见列“{ignored}”。该列在 Excel 中看不到，请核对所填是否为本月的情况；如是，请取消隐藏并删除上月的列后重新报送。";

    /// <summary>A hidden column that is the only source of its canonical column: read, and named so the unit can check it.</summary>
    public static string HiddenColumnRead(string written, string letter, CanonicalColumn column) =>
        $"“{written}”列（{letter}列）处于隐藏状态（在 Excel 中看不到），本表没有其他列对应“{CanonicalColumnNames.Label(column)}”，已照常读取该列。请核对其内容是否为本月所填；如是上月留下、不应再读取的列，请删除（而不是隐藏）后重新报送，如是本月所填，请取消隐藏。";

    /// <summary>Hidden columns whose headers are not known: not read, named with their letters.</summary>
    public static string HiddenColumnsNotRead(IReadOnlyList<(string Letter, string Written)> columns) =>
        string.Create(CultureInfo.InvariantCulture, $"本表有{columns.Count}列处于隐藏状态（在 Excel 中看不到），列名未能识别，未读取：{string.Join("、", columns.Select(c => $"{c.Letter}列“{c.Written}”"))}。如其中有需要报送的内容，请取消隐藏并改用已知列名（或用 --map 列映射文件指定）；如是不再使用的辅助列，请删除后重新报送。");

    public static string MapSyntax(string kind) =>
        $"列映射文件不是有效的 {kind} 格式，请检查这一行附近的冒号、引号和缩进。";

    public static string MapValueNotText(string header) =>
        $"列映射“{header}”的值应为一个列名（如 lead_unit 或 牵头单位）。";

    public static string MapUnknownColumn(string header, string? target) =>
        $"列映射“{header}”中的列名“{target}”无法识别。可用的列名：{string.Join("、", Enum.GetValues<CanonicalColumn>().Select(c => $"{CanonicalColumnNames.Id(c)}（{CanonicalColumnNames.Label(c)}）"))}，或表头别名（如 牵头单位、完成时限）；写 ignore 表示忽略该列。";

    public static string MapDuplicateHeader(string header) =>
        $"列映射中表头“{header}”出现了不止一次，请只保留一项。";

    private static string FormatBytes(long bytes) => bytes >= 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MB");
}

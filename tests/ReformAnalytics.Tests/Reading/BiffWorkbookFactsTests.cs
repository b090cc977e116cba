using System.Buffers.Binary;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

/// <summary>The search of an .xls's Workbook stream for error cells and its date system, on damaged files as well.</summary>
public sealed class BiffWorkbookFactsTests
{
    /// <summary>A workbook of one sheet 台账 whose cell (1, 2) is =1/0, #DIV/0!: the sheet's row 2, column 2.</summary>
    private static byte[] Workbook()
    {
        var book = new BiffWorkbookWriter();
        book.AddSheet("台账").Row(0, "序号", "任务名称", "完成进度").Row(1, 1, "推进县域医共体建设", new BiffError(0x07));
        return book.ToBytes();
    }

    [Fact]
    public void Read_FindsTheErrorCellOfItsSheet()
    {
        using var file = new MemoryStream(Workbook());

        var facts = BiffWorkbookFacts.Read(file, CancellationToken.None);

        Assert.False(facts.Date1904);
        Assert.Equal([(2, "#DIV/0!")], facts.ForSheet("台账").InRow(2));
        Assert.Equal(0, facts.ForSheet("说明").Count);
    }

    [Fact]
    public void Read_AnExcel95Workbook_FindsItsErrorCellsAndDateSystem_UnderItsGbkSheetName()
    {
        var book = new BiffWorkbookWriter { Biff5 = true, Date1904 = true };
        book.AddSheet("说明").Row(0, "填表说明");
        book.AddSheet("台账").Row(0, "序号", "任务名称", "完成进度").Row(1, 1, "推进县域医共体建设", new BiffError(0x07)).Row(2, 2, "深化公立医院改革", new BiffError(0x2A, Typed: true));
        using var file = new MemoryStream(book.ToBytes());

        var facts = BiffWorkbookFacts.Read(file, CancellationToken.None);

        Assert.True(facts.Date1904);
        Assert.Equal([(2, "#DIV/0!")], facts.ForSheet("台账").InRow(2));
        Assert.Equal([(2, "#N/A")], facts.ForSheet("台账").InRow(3));
        Assert.Equal(0, facts.ForSheet("说明").Count);
    }

    [Fact]
    public void Read_AFileWhoseFatLoops_OrCutShort_OrNotACompoundFile_GivesNothing_WithoutThrowing()
    {
        // The writer's file: the stream's 8 sectors (4,096 bytes), the FAT in sector 8, the directory in sector 9. The FAT's
        // entry for sector 9, the directory's end of chain, is set to 9: the directory's chain runs round for ever, and the
        // read must end it by the count of sectors.
        var looping = Workbook();
        var fatAt = 512 * (1 + 8);
        Assert.Equal(0xFFFFFFFEu, BinaryPrimitives.ReadUInt32LittleEndian(looping.AsSpan(fatAt + (4 * 9))));
        BinaryPrimitives.WriteUInt32LittleEndian(looping.AsSpan(fatAt + (4 * 9)), 9);
        var cut = Workbook()[..2048];
        var text = "序号,改革任务\n1,推进县域医共体建设\n"u8.ToArray();

        foreach (var bytes in new[] { looping, cut, text })
        {
            using var file = new MemoryStream(bytes);
            var facts = BiffWorkbookFacts.Read(file, CancellationToken.None);
            Assert.Equal(0, facts.ForSheet("台账").Count);
            Assert.Equal(0, file.Position);
        }
    }
}

using System.Xml;

namespace ReformAnalytics.Reading;

/// <summary>
/// How XML from a file someone sent is read (a workbook's parts, an .ods, an Excel 2003 XML sheet): no DTD and nothing
/// fetched from outside the file (no entity expansion, no external resources), and the stream left for its owner to
/// close. XmlReader.Create copies the settings, so the instances are shared.
/// </summary>
internal static class SafeXml
{
    /// <summary>For parts whose text is read as written: whitespace between elements is kept (a space between two runs of a cell).</summary>
    public static readonly XmlReaderSettings Document = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    };

    /// <summary>For parts read for their elements and attributes only (workbook.xml, a sheet searched for error cells).</summary>
    public static readonly XmlReaderSettings Structure = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };
}

using DocumentFormat.OpenXml.Packaging;
using ReformAnalytics.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReformAnalytics.Reports;

/// <summary>Embeds chart PNGs in the Word document as inline pictures, sized to the text width.</summary>
internal sealed class DocxPictures
{
    private const long EmuPerCm = 360000;

    private readonly MainDocumentPart _main;
    private readonly long _widthEmu;
    private uint _nextId = 1;

    public DocxPictures(MainDocumentPart main, double widthCm)
    {
        _main = main;
        _widthEmu = (long)Math.Round(widthCm * EmuPerCm);
    }

    public W.Drawing Add(RenderedChart chart)
    {
        var part = _main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(chart.Png, writable: false))
        {
            part.FeedData(stream);
        }

        var relationshipId = _main.GetIdOfPart(part);
        var cx = _widthEmu;
        var cy = (long)Math.Round((double)_widthEmu * chart.PixelHeight / chart.PixelWidth);
        var id = _nextId++;
        var name = chart.Name + ".png";

        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = "图 " + id, Description = chart.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(
                new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(
                            new PIC.NonVisualDrawingProperties { Id = 0, Name = name },
                            new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(
                            new A.Blip { Embed = relationshipId },
                            new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };

        return new W.Drawing(inline);
    }
}

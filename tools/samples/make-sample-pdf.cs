#:package PdfPig
// Writes samples/corpus/sitrep-2020-09-16.pdf: a two-column weekly report, so the demo exercises the PDF reader's
// reading order. Run from the repository root: dotnet run tools/samples/make-sample-pdf.cs
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

var builder = new PdfDocumentBuilder();
builder.DocumentInformation.Title = "Iraq Situation Report: September 16-22, 2020";
builder.DocumentInformation.CreationDate = "D:20200923090000Z";
var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
var page = builder.AddPage(612, 792);

double y = 740;
page.AddText("Iraq Situation Report: September 16-22, 2020", 16, new PdfPoint(50, y), bold);
y -= 34;
foreach (var line in new[]
{
    "Key Takeaway: Attacks on Coalition supply lines continued at a lower rate while the government",
    "pressed ahead with its border campaign. Salary protests faded after the first payments arrived.",
})
{
    page.AddText(line, 10, new PdfPoint(50, y), regular);
    y -= 13;
}

// Two columns; the page is written row by row so that drawing order interleaves them, as real layouts do.
string[] left =
[
    "1  Sept 16: Border Guards Take Over",
    "Zurbatiyah Crossing. Border guards",
    "under the Interior Ministry took",
    "control of the Zurbatiyah crossing in",
    "Wasit Province from a brigade of the",
    "Popular Mobilization Forces. No",
    "shots were fired.",
    "",
    "2  Sept 18: Rocket Lands in the Green",
    "Zone. One Katyusha rocket landed near",
    "a parking lot in Baghdad's Green Zone",
    "on September 18, damaging two cars.",
];
string[] right =
[
    "3  Sept 19-20: Police Arrest Four over",
    "Basra Killing. Police in Basra detained",
    "four men suspected of the September 2",
    "killing of a civil-society activist.",
    "A court ordered them held for trial.",
    "",
    "4  Sept 21: Teachers Protest in Kut.",
    "About two hundred teachers protested",
    "outside the Wasit governorate building",
    "in Kut over delayed salaries. The",
    "protest ended peacefully after the",
    "governor met a delegation.",
];
y -= 20;
for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
{
    if (i < left.Length && left[i].Length > 0) page.AddText(left[i], 10, new PdfPoint(50, y), i == 0 || i == 8 ? bold : regular);
    if (i < right.Length && right[i].Length > 0) page.AddText(right[i], 10, new PdfPoint(320, y), i == 0 || i == 6 ? bold : regular);
    y -= 13;
}
File.WriteAllBytes(Path.Combine("samples", "corpus", "sitrep-2020-09-16.pdf"), builder.Build());
Console.WriteLine("wrote samples/corpus/sitrep-2020-09-16.pdf");

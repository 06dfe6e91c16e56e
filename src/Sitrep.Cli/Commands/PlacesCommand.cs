using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Recognition.Places;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class PlacesCommand
{
    private sealed record PlaceDto(string Id, string Name, string Kind, string Country, string? Governorate, string? District,
        double Latitude, double Longitude, long? Population, IReadOnlyList<string> Aliases);

    public static Command Create(CliContext ctx)
    {
        var name = new Argument<string>("NAME") { Description = "a place name in any common spelling (al-Qaim, Al Qa'im, Qaim)" };
        var json = CommonOptions.Json();
        var find = new Command("find", "Look a place up in the gazetteer") { name, json };
        find.SetAction(parse =>
        {
            var query = parse.GetValue(name)!;
            var gazetteer = Gazetteer.Default;
            IReadOnlyList<Place> found = gazetteer.Lookup(query);
            if (found.Count == 0)
                // Not an alias as such: read it as a phrase ("the Dora neighborhood of southern Baghdad").
                found = PlaceRecognizer.Default.Recognize(query).Select(m => m.Place).OfType<Place>().Distinct().ToList();
            if (found.Count == 0) throw new CliException($"{query}: no place of that name in the gazetteer");
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, found.Select(p => new PlaceDto(p.Id, p.Name, p.Kind.ToString(), p.Country, p.Governorate,
                    p.District, p.Latitude, p.Longitude, p.Population, p.Aliases)).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "name", "kind", "governorate", "coordinates", "population", "also known as");
            foreach (var p in found)
                table.AddRow(Markup.Escape(p.Id), Markup.Escape(p.Name), p.Kind.ToString(), Markup.Escape(p.Governorate ?? p.Country),
                    $"{p.Latitude:0.0000}, {p.Longitude:0.0000}", p.Population?.ToString("N0") ?? "",
                    Markup.Escape(string.Join(", ", p.Aliases.Where(a => a != p.Name).Take(6))));
            Tables.Write(ctx, table);
            return ExitCodes.Ok;
        });
        return new Command("places", "The gazetteer of Iraq and its border areas") { find };
    }
}

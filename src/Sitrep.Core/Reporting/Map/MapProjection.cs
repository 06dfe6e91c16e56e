namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// Equirectangular projection with the longitude scaled by cos(reference latitude), so distances near that latitude
/// are true in every direction. Across Iraq (29°–37.5°N) east–west distances drift by under 6% at the edges, which
/// a situation-report map can live with; the scale bar is drawn at the reference latitude where it is exact.
/// </summary>
public sealed record MapProjection(double ReferenceLatitude, double UnitsPerDegree, double OriginLongitude, double OriginLatitude, MapPoint Origin)
{
    /// <summary>Kilometres in one degree of latitude on the mean-radius sphere (as <c>Gazetteer.DistanceKm</c>).</summary>
    public const double KmPerDegree = 6371.0088 * Math.PI / 180;

    private double CosRef => Math.Cos(ReferenceLatitude * Math.PI / 180);

    /// <summary>Map units per kilometre at the reference latitude.</summary>
    public double UnitsPerKm => UnitsPerDegree / KmPerDegree;

    public MapPoint Project(double latitude, double longitude) => new(
        Origin.X + (longitude - OriginLongitude) * CosRef * UnitsPerDegree,
        Origin.Y - (latitude - OriginLatitude) * UnitsPerDegree);

    public (double Latitude, double Longitude) Unproject(MapPoint p) => (
        OriginLatitude - (p.Y - Origin.Y) / UnitsPerDegree,
        OriginLongitude + (p.X - Origin.X) / (CosRef * UnitsPerDegree));

    /// <summary>
    /// The projection that fits a latitude/longitude box, centred, into a viewport as large as it can without
    /// distorting it. The reference latitude is the box's middle.
    /// </summary>
    public static MapProjection Fit(double minLat, double minLon, double maxLat, double maxLon, MapRect viewport)
    {
        var refLat = (minLat + maxLat) / 2;
        var cos = Math.Cos(refLat * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * cos, 1e-9);
        var spanY = Math.Max(maxLat - minLat, 1e-9);
        var scale = Math.Min(viewport.Width / spanX, viewport.Height / spanY);
        return new MapProjection(refLat, scale, (minLon + maxLon) / 2, refLat, viewport.Center);
    }

    /// <summary>A projection centred on a point showing <paramref name="halfSideKm"/> either side of it within a square panel.</summary>
    public static MapProjection Around(double latitude, double longitude, double halfSideKm, MapRect panel)
    {
        var scale = Math.Min(panel.Width, panel.Height) / 2 / (halfSideKm / KmPerDegree);
        return new MapProjection(latitude, scale, longitude, latitude, panel.Center);
    }
}

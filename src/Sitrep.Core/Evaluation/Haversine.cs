namespace Sitrep.Core.Evaluation;

/// <summary>score.py's great-circle distance, with its constants and operation order so borderline 25 km cases agree.</summary>
public static class Haversine
{
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double p = Math.PI / 180;
        // Math.Pow, not x * x: Python's ** calls the same C pow().
        var h = Math.Pow(Math.Sin((lat2 - lat1) * p / 2), 2)
                + Math.Cos(lat1 * p) * Math.Cos(lat2 * p) * Math.Pow(Math.Sin((lon2 - lon1) * p / 2), 2);
        return 12742 * Math.Asin(Math.Sqrt(h));
    }
}

using Faultline.Core;

namespace Faultline.Coding;

/// <summary>Events as DESIGN.md's JSON objects, shared by `faultline code`, `faultline events` and the HTTP API.</summary>
public static class EventJson
{
    public static object? ActorObject(ActorRef? a) => a is null ? null : new Dictionary<string, object?> { ["text"] = a.Text, ["code"] = a.Code, ["name"] = a.Name };

    /// <summary>One event as DESIGN.md's JSON object (plus rule, trigger offsets and the CAMEO name).</summary>
    public static Dictionary<string, object?> Of(CodedEvent ev, string? cameoName) => new()
            {
                ["id"] = ev.Id, ["date"] = ev.Date, ["date_source"] = ev.DateSource,
                ["source"] = ActorObject(ev.Source), ["target"] = ActorObject(ev.Target),
                ["cameo"] = ev.Cameo, ["root"] = ev.Root, ["quad_class"] = ev.QuadClass, ["goldstein"] = ev.Goldstein, ["plover"] = ev.Plover,
                ["modality"] = ev.Modality.ToString().ToLowerInvariant(),
                ["location"] = ev.Location is not { } l ? null : new Dictionary<string, object?>
                {
                    ["name"] = l.Name, ["country"] = l.Country, ["admin1"] = l.Admin1, ["lat"] = l.Lat, ["lon"] = l.Lon,
                },
                ["fatalities"] = ev.Fatalities, ["sentence"] = ev.Sentence, ["start"] = ev.Start, ["end"] = ev.End,
                ["rule"] = ev.Rule, ["confidence"] = ev.Confidence,
                ["trigger"] = new Dictionary<string, object?> { ["start"] = ev.TriggerStart, ["end"] = ev.TriggerEnd },
                ["cameo_name"] = cameoName,
            };

}

using System.Text.Json;
using TOLLGATE_MODEL_NAMESPACE;

// ModelInput, ModelOutput and Model come from the model package, generated from the model's recorded schema,
// so they always match the model version this project references.
//   dotnet run                      predicts one row of default values
//   dotnet run -- rows.jsonl        one JSON object per line, keyed by column name: {"tenure_months": 3, ...}
var engine = Model.CreatePredictionEngine();
var inputs = args.Length > 0
    ? File.ReadLines(args[0]).Where(line => line.Trim().Length > 0).Select(line => JsonSerializer.Deserialize<ModelInput>(line)!)
    : [new ModelInput()];

Console.Error.WriteLine($"{Model.Name} {Model.Version} ({Model.Digest})");
foreach (var input in inputs)
{
    Console.WriteLine(JsonSerializer.Serialize(engine.Predict(input)));
}

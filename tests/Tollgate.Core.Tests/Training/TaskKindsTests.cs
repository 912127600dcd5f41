using System.Globalization;
using System.Text;
using Tollgate.Core.Config;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Training;

/// <summary>Multiclass and regression specs (with a text feature) train, evaluate and are reproducible.</summary>
public class TaskKindsTests
{
    private static TollgateConfig Project(TempDir dir, string task, string trainer, string label)
    {
        var rng = new Random(5);
        var csv = new StringBuilder("size,colour,note,species,price\n");
        string[] colours = ["red", "green", "blue"];
        string[] notes = ["\"big, heavy\"", "small light", "medium"];
        for (var i = 0; i < 600; i++)
        {
            var size = rng.NextDouble() * 10;
            var colour = colours[rng.Next(3)];
            var species = size < 3.3 ? "ant" : size < 6.6 ? "bee" : "cat";
            var price = (3 * size) + (colour == "red" ? 5 : 0) + rng.NextDouble();
            csv.Append(CultureInfo.InvariantCulture, $"{size:F3},{colour},{notes[rng.Next(3)]},{species},{price:F3}\n");
        }

        File.WriteAllText(Path.Combine(dir.Path, "data.csv"), csv.ToString());
        dir.File("training.yml", $"data:\n  train: data.csv\nlabel: {label}\ntask: {task}\nfeatures:\n  numeric: [size]\n  categorical: [colour]\n  text: [note]\ntrainer:\n  name: {trainer}\nseed: 9\n");
        dir.File("tollgate.yml", "model:\n  name: kinds\n  training: training.yml\n");
        return ConfigLoader.Load(Path.Combine(dir.Path, "tollgate.yml"));
    }

    [TestCase("multiclass", "lbfgs-maximum-entropy", "species", "macro-accuracy", 0.8)]
    [TestCase("multiclass", "sdca-maximum-entropy", "species", "micro-accuracy", 0.8)]
    [TestCase("regression", "sdca-regression", "price", "r2", 0.8)]
    [TestCase("regression", "fasttree-regression", "price", "r2", 0.8)]
    public void Trains_evaluates_and_reproduces(string task, string trainer, string label, string metric, double atLeast)
    {
        // Arrange
        using var dir = new TempDir();
        var config = Project(dir, task, trainer, label);

        // Act
        var first = new ModelTrainer(config).Train(Path.Combine(dir.Path, "a"), _ => "1.0.0");
        var second = new ModelTrainer(config).Train(Path.Combine(dir.Path, "b"), _ => "1.0.0");

        // Assert
        Assert.That(first.Metrics[metric], Is.GreaterThanOrEqualTo(atLeast));
        Assert.That(second.Digest, Is.EqualTo(first.Digest));
        Assert.That(first.Lineage.Task, Is.EqualTo(task));
        Assert.That(first.Schema.Inputs.Single(c => c.Name == "note").Kind, Is.EqualTo("text"));
    }
}

// The model pipeline, from Tollgate.Recipe: Train → Validate → Package → PromoteSandbox → PromoteStaging
// → PromoteProduction (one Promote<Env> per environment of tollgate.yml), Rollback, Retire, Status, Drift.
#load nuget:?package=Tollgate.Recipe&version=TOLLGATE_KIT_VERSION

var target = Argument("target", "Default");
var tollgate = TollgateRecipe();

// Extend the recipe's tasks through their builders, e.g.
//   tollgate.Tasks.Package.Does(() => Information("packed"));
Task("Default").IsDependentOn(tollgate.Tasks.Status);

RunTarget(target);

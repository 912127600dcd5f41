// Tollgate.Recipe: Drift replays an environment's gates (drift among them) against --current-data.
CakeTaskBuilder TollgateDriftTask(TollgateRecipeSettings s) =>
    Task(s.TaskName("Drift"))
        .Description("Replay --environment's gates against recent traffic: --current-data=FILE")
        .Does(() =>
        {
            if (s.CurrentData == null)
            {
                throw new CakeException("Drift needs --current-data=FILE (recent production traffic, same columns as the training data).");
            }

            TollgateValidate(TollgateValidateEnvironment(s), s.ToolWithCurrentData());
        });

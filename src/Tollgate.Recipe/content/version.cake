// Tollgate.Recipe: its version (stamped at pack time) and the Cake version its tests ran with.
string TollgateRecipeVersion => "__TOLLGATE_VERSION__";
string TollgateRecipeTestedCake => "7.0.0";

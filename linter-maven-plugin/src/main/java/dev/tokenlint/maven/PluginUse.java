package dev.tokenlint.maven;

import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What a module's pom and the command line say about tokenlint in that module, read without running
 * it there: whether its build runs a tokenlint goal, whether it skips it, and the config file it names.
 * A module's check uses this to see which module of the build reports a shared config's verdicts.
 *
 * @param runs       whether the build runs {@code goal} in the module (bound in its pom, or named on the command line)
 * @param skipped    whether {@code skip} or {@code tokenlint.skip} is set for the module
 * @param configFile the {@code configFile} the module names, or null
 */
record PluginUse(boolean runs, boolean skipped, String configFile) {

    /** @param pluginKey {@code groupId:artifactId} of this plugin; {@code goal} the goal, e.g. {@code check} */
    static PluginUse of(MavenProject module, MavenSession session, String pluginKey, String goal) {
        Plugin plugin = module.getPlugin(pluginKey);
        if (plugin == null) {
            return new PluginUse(false, false, null);
        }
        boolean bound = plugin.getExecutions().stream().anyMatch(e -> e.getGoals().contains(goal));
        boolean named = session.getGoals().stream().anyMatch(g -> namesGoal(g, pluginKey, goal));
        List<Object> configs = new java.util.ArrayList<>();
        for (PluginExecution e : plugin.getExecutions()) {
            if (e.getGoals().contains(goal)) {
                configs.add(e.getConfiguration());
            }
        }
        configs.add(plugin.getConfiguration());
        String skip = value(configs, "skip", "tokenlint.skip", session.getUserProperties(), module.getProperties());
        String config = value(configs, "configFile", "tokenlint.configFile", session.getUserProperties(),
                module.getProperties());
        return new PluginUse(bound || named, skip != null && (skip.isBlank() || Boolean.parseBoolean(skip.trim())),
                config);
    }

    private static boolean namesGoal(String cli, String pluginKey, String goal) {
        String artifact = pluginKey.substring(pluginKey.indexOf(':') + 1);
        return cli.equals("tokenlint:" + goal) || (cli.contains(artifact) && cli.endsWith(":" + goal));
    }

    /** The command line's value, else the pom's configuration (execution first), else the module's property. */
    private static String value(List<Object> configs, String parameter, String property, Properties user,
                                Properties module) {
        if (user.getProperty(property) != null) {
            return user.getProperty(property);
        }
        for (Object config : configs) {
            if (config instanceof Xpp3Dom dom && dom.getChild(parameter) != null) {
                return dom.getChild(parameter).getValue();
            }
        }
        return module.getProperty(property);
    }
}

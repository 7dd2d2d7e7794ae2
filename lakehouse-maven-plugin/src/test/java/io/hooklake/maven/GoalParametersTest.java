package io.hooklake.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What {@code help} lists per goal, read from the plugin descriptor the build generates: each goal's own parameters only. */
class GoalParametersTest {

    private static Map<String, Element> goals() throws Exception {
        try (InputStream in = GoalParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin descriptor on the class path").isNotNull();
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            Map<String, Element> goals = new LinkedHashMap<>();
            NodeList mojos = doc.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                goals.put(mojo.getElementsByTagName("goal").item(0).getTextContent(), mojo);
            }
            return goals;
        }
    }

    private static List<String> parameters(Element mojo) {
        List<String> names = new ArrayList<>();
        NodeList parameters = mojo.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (parameter.getElementsByTagName("name").getLength() > 0
                    && "true".equals(parameter.getElementsByTagName("editable").item(0).getTextContent())) {
                names.add(parameter.getElementsByTagName("name").item(0).getTextContent());
            }
        }
        return names;
    }

    @Test
    void goalsListOnlyTheFoldersAndFormatTheyUse() throws Exception {
        Map<String, Element> goals = goals();
        assertThat(parameters(goals.get("generate"))).contains("projectDirectory", "outputDirectory")
                .doesNotContain("lakehouseDirectory", "format");
        assertThat(parameters(goals.get("docs"))).contains("projectDirectory", "outputDirectory")
                .doesNotContain("lakehouseDirectory", "format");
        for (String goal : List.of("ingest", "plan", "run")) {
            assertThat(parameters(goals.get(goal))).as(goal)
                    .contains("projectDirectory", "outputDirectory", "lakehouseDirectory", "format");
        }
        assertThat(parameters(goals.get("query"))).contains("lakehouseDirectory")
                .doesNotContain("projectDirectory", "outputDirectory", "format");
        assertThat(parameters(goals.get("dashboard"))).contains("lakehouseDirectory", "projectDirectory")
                .doesNotContain("outputDirectory", "format");
    }

    @Test
    void goalsThatOpenTheLakehouseTakeTheEngineAndSparkParametersAndGeneratingGoalsTheEngineOnly() throws Exception {
        Map<String, Element> goals = goals();
        for (String goal : List.of("ingest", "plan", "run", "query", "dashboard")) {
            assertThat(parameters(goals.get(goal))).as(goal)
                    .contains("engine", "sparkMaster", "sparkRemote", "sparkConf").doesNotContain("userProperties");
        }
        for (String goal : List.of("generate", "docs")) {
            assertThat(parameters(goals.get(goal))).as(goal).contains("engine")
                    .doesNotContain("sparkMaster", "sparkRemote", "sparkConf");
        }
    }

    @Test
    void theEngineAndSparkParametersAreBoundToTheirProperties() throws Exception {
        Element run = goals().get("run");
        NodeList configuration = ((Element) run.getElementsByTagName("configuration").item(0)).getChildNodes();
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < configuration.getLength(); i++) {
            if (configuration.item(i) instanceof Element parameter) {
                properties.put(parameter.getTagName(), parameter.getTextContent().isEmpty()
                        ? parameter.getAttribute("default-value") : parameter.getTextContent());
            }
        }
        assertThat(properties).containsEntry("engine", "${lakehouse.engine}")
                .containsEntry("sparkMaster", "${lakehouse.spark.master}")
                .containsEntry("sparkRemote", "${lakehouse.spark.remote}")
                .containsEntry("userProperties", "${session.userProperties}");
    }

    @Test
    void ingestsInputIsNotMarkedRequiredSinceLoadsMayReplaceIt() throws Exception {
        Element ingest = goals().get("ingest");
        NodeList parameters = ingest.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (parameter.getElementsByTagName("name").getLength() > 0
                    && "input".equals(parameter.getElementsByTagName("name").item(0).getTextContent())) {
                assertThat(parameter.getElementsByTagName("required").item(0).getTextContent()).isEqualTo("false");
                assertThat(parameter.getElementsByTagName("description").item(0).getTextContent())
                        .doesNotContain("(required)").contains("required unless");
                return;
            }
        }
        throw new AssertionError("ingest has no parameter input");
    }
}

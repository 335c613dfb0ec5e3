package org.fengqiao.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The repository root: the nearest directory at or above a start directory whose {@code pom.xml} is the
 * project {@code fengqiao} itself (module POMs name it only as their parent). Works from the root, from a
 * module directory (surefire's working directory) and from anywhere below.
 */
final class RepoRoot {

    static final String ROOT_ARTIFACT_ID = "fengqiao";

    private RepoRoot() {
    }

    static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            boolean isRoot = Files.isRegularFile(pom)
                    && projectElement(pom, "artifactId").filter(ROOT_ARTIFACT_ID::equals).isPresent();
            if (isRoot) {
                return dir;
            }
        }
        throw new LocalStackException("no Fengqiao repository at or above " + start.toAbsolutePath()
                + " (looked for a pom.xml with artifactId " + ROOT_ARTIFACT_ID + ")");
    }

    /** The project version of the root POM: the version in every module's jar name. */
    static String version(Path root) {
        return projectElement(root.resolve("pom.xml"), "version")
                .orElseThrow(() -> new LocalStackException("no <version> in " + root.resolve("pom.xml")));
    }

    private static Optional<String> projectElement(Path pom, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && name.equals(element.getTagName())) {
                    return Optional.of(element.getTextContent().trim());
                }
            }
            return Optional.empty();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Optional.empty();
        }
    }
}

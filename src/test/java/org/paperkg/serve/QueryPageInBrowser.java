package org.paperkg.serve;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the query the /query page shows, the way a user does: with YASGUI when the build holds its
 * bundle (npm), otherwise with the plain form's button; the browser tests share it.
 */
final class QueryPageInBrowser {

    private QueryPageInBrowser() {
    }

    /** Whether this build holds the YASGUI bundle. */
    static boolean yasgui() {
        return QueryPageInBrowser.class.getResource("/org/paperkg/serve/static/yasgui.js") != null;
    }

    /** Presses the page's run button and waits for {@code rows} result rows; returns the CSS selector of a result row. */
    static String run(WebDriver driver, WebDriverWait wait, int rows) {
        String row = yasgui() ? "#yasr tbody tr" : "#results table.sparql tbody tr";
        By button = By.cssSelector(yasgui() ? "#yasqe .yasqe_queryButton" : "#query-form button[type=submit]");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(row), rows));
        return row;
    }
}

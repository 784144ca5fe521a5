// Tests of the site-chrome line heuristics.
#include "common/readers/site_chrome.h"

#include <catch2/catch.hpp>
#include <string>

using news::ends_sentence;
using news::is_site_chrome;

TEST_CASE("menu, widget and credit lines are chrome", "[readers][chrome]") {
  for (const char* line :
       {"Skip to main content", "Advertisement", "MENU", "Sign in", "Share", "Show Comments",
        "Read also :", "(Image credit: Image Credit: Welcomia / Shutterstock)",
        "Image Credit: Welcomia / Shutterstock", "Image: BPA via Getty Images",
        "Click to read the authors bio  Click to hide the authors bio",
        "Tags ciscocyber threatsofficeelections", "Share on Facebook", "Related articles \u00bb",
        "CyberCrimeSecuritySecurity Management",
        "CERT-LatestNews Security News ThreatsCybercrime ThreatsStrategic Uncategorized"}) {
    INFO(line);
    CHECK(is_site_chrome(line));
  }
}

TEST_CASE("headlines and sentences are not chrome", "[readers][chrome]") {
  for (const char* line :
       {"Putin proposes joint Russia-US cybersecurity group", "Ebbers denies WorldCom fraud",
        "DaimlerChrysler's 2004 sales rise", "Russian Hacking",
        "Share prices fell sharply on Monday.", "Advertisers are leaving the platform.",
        "Menus at the summit featured local fish."}) {
    INFO(line);
    CHECK_FALSE(is_site_chrome(line));
  }
  CHECK_FALSE(is_site_chrome(std::string(400, 'a')));
}

TEST_CASE("ends_sentence", "[readers][chrome]") {
  CHECK(ends_sentence("It ended."));
  CHECK(ends_sentence("\u201cQuoted\u201d"));
  CHECK_FALSE(ends_sentence("A headline"));
}

package com.acme.server;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

@Controller
public class ProblemsPage {
    @RequestMapping(value = "/api/v2/problems", method = RequestMethod.GET)
    public String problems() {
        return "problems"; // renders the Dynatrace problems view
    }
}

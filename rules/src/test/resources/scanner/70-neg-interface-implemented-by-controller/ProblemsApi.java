package com.acme.contract;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A generated server contract, implemented by our controller: not a client. */
public interface ProblemsApi {
    @GetMapping("/api/v2/problems/{problemId}")
    String problem(@PathVariable("problemId") String problemId);
}

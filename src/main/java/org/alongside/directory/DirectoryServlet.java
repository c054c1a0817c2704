package org.alongside.directory;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The directory's public address, {@code /directory}: shows the search page there (with its GET
 * filters) rather than a redirect, so the address people bookmark and share stays short.
 */
@WebServlet("/directory")
public class DirectoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher("/directory/index.xhtml").forward(request, response);
    }
}

package org.fengqiao.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.fengqiao.platform.observability.RequestIdWebFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import reactor.core.Exceptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns any exception into an RFC 9457 problem detail: the one place that decides status, title and wording, used
 * by the controller advice and by the error handler (errors outside controllers), so both answer alike.
 * Client errors never echo internal text (class names, stack traces); server errors get a generic detail and are
 * logged with their stack trace.
 */
final class ProblemDetailsMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsMapper.class);

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "请求无效"), Map.entry(401, "未认证"), Map.entry(403, "无权访问"),
            Map.entry(404, "资源不存在"), Map.entry(405, "请求方法不支持"), Map.entry(406, "无法提供所需格式"),
            Map.entry(409, "状态冲突"), Map.entry(413, "请求体过大"), Map.entry(415, "不支持的内容类型"),
            Map.entry(500, "服务器内部错误"), Map.entry(503, "服务暂不可用"));

    /** A mapped error: the status, the body and any headers the status needs (Allow, WWW-Authenticate...). */
    record Problem(HttpStatusCode status, ProblemDetail body, HttpHeaders headers) {
    }

    /** One entry of the {@code errors} array: the field (JSON path, or parameter name) and what is wrong. */
    record FieldProblem(String field, String message) {
    }

    private final DataSize bodyLimit;

    ProblemDetailsMapper(DataSize bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    Problem map(Throwable error, ServerWebExchange exchange) {
        Throwable ex = Exceptions.unwrap(error);
        Problem problem = classify(ex);
        ProblemDetail body = problem.body();
        if (hasDefaultTitle(body)) {
            body.setTitle(titleFor(problem.status()));
        }
        if (body.getInstance() == null) {
            body.setInstance(instanceOf(exchange));
        }
        String requestId = RequestIdWebFilter.requestId(exchange);
        if (requestId != null) {
            body.setProperty("requestId", requestId);
        }
        logProblem(ex, problem, exchange, requestId);
        return problem;
    }

    private Problem classify(Throwable ex) {
        if (ex instanceof NotFoundException) {
            return problem(HttpStatus.NOT_FOUND, ex.getMessage());
        }
        if (ex instanceof ConflictException) {
            return problem(HttpStatus.CONFLICT, ex.getMessage());
        }
        if (ex instanceof OptimisticLockingFailureException) {
            return problem(HttpStatus.CONFLICT, "记录已被他人修改，请刷新后重试");
        }
        if (ex instanceof DuplicateKeyException) {
            return problem(HttpStatus.CONFLICT, "相同的记录已存在");
        }
        if (ex instanceof ForbiddenException) {
            return problem(HttpStatus.FORBIDDEN, ex.getMessage());
        }
        if (ex instanceof AccessDeniedException) {
            return problem(HttpStatus.FORBIDDEN, "没有执行此操作的权限");
        }
        if (ex instanceof AuthenticationServiceException) {
            // The identity server (JWK set) could not be reached: not the caller's fault.
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "暂时无法校验访问令牌，请稍后重试");
        }
        if (ex instanceof AuthenticationException authentication) {
            return unauthenticated(authentication);
        }
        if (ex instanceof InvalidInput) {
            return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
        if (ex instanceof ConstraintViolationException violations) {
            return invalid(violationsOf(violations.getConstraintViolations()));
        }
        if (ex instanceof WebExchangeBindException binding) {
            return invalid(bindingErrors(binding.getFieldErrors(), binding.getGlobalErrors()));
        }
        if (ex instanceof HandlerMethodValidationException validation) {
            return invalid(parameterErrors(validation));
        }
        DataBufferLimitException tooLarge = find(ex, DataBufferLimitException.class);
        if (tooLarge != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "请求体超过 " + format(bodyLimit) + " 的上限");
        }
        if (ex instanceof ServerWebInputException input) {
            return badInput(input);
        }
        if (ex instanceof ResponseStatusException status) {
            return fromStatus(status);
        }
        if (ex instanceof ErrorResponse response) {
            if (response.getStatusCode().is5xxServerError()) {
                return problem(response.getStatusCode(), "服务器处理请求时出错，请稍后重试");
            }
            // A service built its own problem detail (ErrorResponseException): keep it.
            return new Problem(response.getStatusCode(), response.getBody(), copy(response.getHeaders()));
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器处理请求时出错，请稍后重试；如问题持续，请提供请求编号联系管理员");
    }

    private Problem unauthenticated(AuthenticationException ex) {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        String detail = "请求需要有效的访问令牌（Authorization: Bearer）";
        StringBuilder challenge = new StringBuilder("Bearer");
        if (ex instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            if (error instanceof BearerTokenError bearer) {
                status = bearer.getHttpStatus();
            }
            detail = switch (error.getErrorCode()) {
                case "invalid_token" -> "访问令牌无效或已过期";
                case "invalid_request" -> "访问令牌的格式不正确";
                case "insufficient_scope" -> "访问令牌的授权范围不足";
                default -> detail;
            };
            // RFC 6750 §3: the same challenge the Spring Security bearer entry point sends.
            List<String> parameters = new ArrayList<>();
            parameters.add("error=\"" + error.getErrorCode() + "\"");
            if (StringUtils.hasText(error.getDescription())) {
                parameters.add("error_description=\"" + error.getDescription().replace("\"", "'") + "\"");
            }
            if (StringUtils.hasText(error.getUri())) {
                parameters.add("error_uri=\"" + error.getUri() + "\"");
            }
            challenge.append(' ').append(String.join(", ", parameters));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge.toString());
        return new Problem(status, ProblemDetail.forStatusAndDetail(status, detail), headers);
    }

    private Problem badInput(ServerWebInputException input) {
        if (input instanceof MissingRequestValueException missing) {
            return problem(HttpStatus.BAD_REQUEST, "缺少必需的" + label(missing.getLabel()) + " '" + missing.getName() + "'");
        }
        JacksonException json = find(input, JacksonException.class);
        if (json != null) {
            return unreadableJson(json);
        }
        TypeMismatchException mismatch = find(input, TypeMismatchException.class);
        if (mismatch != null) {
            MethodParameter parameter = input.getMethodParameter();
            String name = parameter != null && parameter.getParameterName() != null ? parameter.getParameterName()
                    : mismatch.getPropertyName();
            InvalidInput invalid = invalidInput(mismatch);
            String message = invalid != null ? invalid.getMessage()
                    : "值 '" + abbreviate(String.valueOf(mismatch.getValue())) + "' 无效" + expected(mismatch.getRequiredType());
            return invalid("参数 '" + name + "' 的值无效", List.of(new FieldProblem(name, message)));
        }
        if ("No request body".equals(input.getReason())) {
            return problem(HttpStatus.BAD_REQUEST, "缺少请求体");
        }
        return problem(HttpStatus.BAD_REQUEST, "请求无法解析");
    }

    private Problem unreadableJson(JacksonException ex) {
        String field = jsonPath(ex);
        String message;
        if (ex instanceof InputCoercionException) {
            message = "数值超出允许范围";
        }
        else if (ex instanceof StreamReadException read) {
            String where = read.getLocation() != null && read.getLocation().getLineNr() > 0
                    ? "（第 " + read.getLocation().getLineNr() + " 行第 " + read.getLocation().getColumnNr() + " 列附近）" : "";
            return problem(HttpStatus.BAD_REQUEST, "请求体不是合法的 JSON" + where);
        }
        else if (ex instanceof UnrecognizedPropertyException) {
            message = "不是可接受的字段";
        }
        else if (ex instanceof InvalidNullException) {
            message = "不能为 null";
        }
        else if (ex instanceof ValueInstantiationException) {
            InvalidInput invalid = invalidInput(ex);
            message = invalid != null ? invalid.getMessage() : "取值无效";
        }
        else if (ex instanceof InvalidFormatException format) {
            message = "值 '" + abbreviate(String.valueOf(format.getValue())) + "' 无效" + expected(format.getTargetType());
        }
        else if (ex instanceof MismatchedInputException mismatch) {
            message = field == null ? "请求体的结构不正确" : "类型不正确" + expected(mismatch.getTargetType());
        }
        else {
            message = "取值无法解析";
        }
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, message);
        }
        return invalid("字段 '" + field + "' " + message, List.of(new FieldProblem(field, message)));
    }

    private Problem fromStatus(ResponseStatusException ex) {
        HttpStatusCode status = ex.getStatusCode();
        HttpHeaders headers = copy(ex.getHeaders());
        String detail;
        if (ex instanceof MethodNotAllowedException notAllowed) {
            detail = "不支持 " + notAllowed.getHttpMethod() + " 方法" + (notAllowed.getSupportedMethods().isEmpty() ? ""
                    : "，可用：" + notAllowed.getSupportedMethods().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")));
        }
        else if (ex instanceof NotAcceptableStatusException) {
            detail = "无法按请求的 Accept 类型返回内容，请接受 application/json";
        }
        else if (ex instanceof UnsupportedMediaTypeStatusException unsupported) {
            detail = "不支持的请求内容类型" + (unsupported.getContentType() != null ? " " + unsupported.getContentType() : "")
                    + "，请使用 application/json";
        }
        else if (ex.getClass() == ResponseStatusException.class && status.is4xxClientError()
                && StringUtils.hasText(ex.getReason())) {
            // Thrown on purpose by a service with its own wording.
            detail = ex.getReason();
        }
        else if (status.value() == 404) {
            detail = "找不到请求的资源";
        }
        else if (status.is5xxServerError()) {
            detail = "服务器处理请求时出错，请稍后重试";
        }
        else {
            detail = titleFor(status);
        }
        return new Problem(status, ProblemDetail.forStatusAndDetail(status, detail), headers);
    }

    private static Problem problem(HttpStatusCode status, String detail) {
        return new Problem(status, ProblemDetail.forStatusAndDetail(status, detail), new HttpHeaders());
    }

    private static Problem invalid(List<FieldProblem> errors) {
        return invalid("请求参数校验未通过", errors);
    }

    private static Problem invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setProperty("errors", errors);
        return new Problem(HttpStatus.BAD_REQUEST, body, new HttpHeaders());
    }

    private static List<FieldProblem> bindingErrors(List<FieldError> fields, List<ObjectError> globals) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : fields) {
            errors.add(new FieldProblem(error.getField(), error.isBindingFailure() ? "类型不正确" : error.getDefaultMessage()));
        }
        for (ObjectError error : globals) {
            errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage()));
        }
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return errors;
    }

    private static List<FieldProblem> parameterErrors(HandlerMethodValidationException ex) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors nested) {
                errors.addAll(bindingErrors(nested.getFieldErrors(), nested.getGlobalErrors()));
                continue;
            }
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name, error.getDefaultMessage())));
        }
        return errors;
    }

    private static List<FieldProblem> violationsOf(Collection<ConstraintViolation<?>> violations) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            List<String> names = new ArrayList<>();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() != ElementKind.METHOD && node.getName() != null) {
                    names.add(node.getName());
                }
            }
            errors.add(new FieldProblem(String.join(".", names), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldProblem::field));
        return errors;
    }

    private static String jsonPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "，可选值：" + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "，应为字符串";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "，应为布尔值";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return "，应为数字";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "，应为数组";
        }
        if (type.getName().startsWith("java.time.")) {
            return "，应为 ISO-8601 格式的日期时间";
        }
        return "";
    }

    private static String label(String label) {
        return switch (label) {
            case "query parameter", "request parameter" -> "请求参数";
            case "header", "request header" -> "请求头";
            case "cookie" -> "Cookie";
            case "path variable", "URI variable" -> "路径变量";
            case "request part" -> "请求部件";
            default -> "参数";
        };
    }

    private static String titleFor(HttpStatusCode status) {
        String title = TITLES.get(status.value());
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "错误 " + status.value();
    }

    private static boolean hasDefaultTitle(ProblemDetail body) {
        HttpStatus status = HttpStatus.resolve(body.getStatus());
        return body.getTitle() == null || (status != null && status.getReasonPhrase().equals(body.getTitle()));
    }

    private static URI instanceOf(ServerWebExchange exchange) {
        try {
            return URI.create(exchange.getRequest().getPath().value());
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static HttpHeaders copy(HttpHeaders source) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(source);
        return headers;
    }

    private static String format(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + "MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + "KB";
        }
        return bytes + "B";
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable current = ex; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static InvalidInput invalidInput(Throwable ex) {
        for (Throwable current = ex; current != null && current.getCause() != current; current = current.getCause()) {
            if (current instanceof InvalidInput invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static void logProblem(Throwable ex, Problem problem, ServerWebExchange exchange, String requestId) {
        int status = problem.status().value();
        if (status < 500 && !log.isDebugEnabled()) {
            return;
        }
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        // The error handler runs outside the request id filter's reactor context, so set the MDC here.
        try (MDC.MDCCloseable ignored = requestId != null ? MDC.putCloseable(RequestIdWebFilter.MDC_KEY, requestId) : null) {
            if (status >= 500) {
                log.error("{} {} failed with {}", method, path, status, ex);
            }
            else {
                log.debug("{} {} answered {}: {}", method, path, status, ex.toString());
            }
        }
    }
}

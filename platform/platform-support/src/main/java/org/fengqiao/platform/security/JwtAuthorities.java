package org.fengqiao.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** Authorities of a token: {@code ROLE_<ROLE>} for each known role in {@code roles}, {@code SCOPE_x} for each scope. */
final class JwtAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        for (Role role : CurrentUser.rolesOf(jwt)) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authorities;
    }
}

// Development builds of dependencies read process.env.NODE_ENV (a bundler would replace it).
window.process = { env: { NODE_ENV: 'development' } };

// Swagger UI over the service's own /openapi.json; everything it loads comes from this origin.
SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#reference',
  deepLinking: true,
  // No validator badge: it would call validator.swagger.io.
  validatorUrl: null,
  tryItOutEnabled: true,
  persistAuthorization: true,
})

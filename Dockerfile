# One image per service: docker compose builds it with SERVICE=ingest-service|validation-service|aggregation-service.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -pl ${SERVICE} -am package \
 && cp ${SERVICE}/target/${SERVICE}-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 gongkai
USER gongkai
COPY --from=build /app.jar /opt/gongkai/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/gongkai/app.jar"]
